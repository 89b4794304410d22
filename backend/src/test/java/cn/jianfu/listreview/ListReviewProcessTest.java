package cn.jianfu.listreview;

import static cn.jianfu.listreview.ListReviewProcess.KEY;
import static cn.jianfu.listreview.ListReviewProcess.MESSAGE_FEEDBACK_CLOSED;
import static cn.jianfu.listreview.ListReviewProcess.TASK_APPROVE;
import static cn.jianfu.listreview.ListReviewProcess.TASK_COLLECT_FEEDBACK;
import static cn.jianfu.listreview.ListReviewProcess.TASK_PROPOSE;
import static cn.jianfu.listreview.ListReviewProcess.TASK_REVIEW;
import static cn.jianfu.listreview.ListReviewProcess.VAR_APPROVAL_DECISION;
import static cn.jianfu.listreview.ListReviewProcess.VAR_APPROVE_GROUPS;
import static cn.jianfu.listreview.ListReviewProcess.VAR_FEEDBACK_CLOSES_AT;
import static cn.jianfu.listreview.ListReviewProcess.VAR_FEEDBACK_REMIND_AT;
import static cn.jianfu.listreview.ListReviewProcess.VAR_PROPOSAL;
import static cn.jianfu.listreview.ListReviewProcess.VAR_PROPOSE_GROUPS;
import static cn.jianfu.listreview.ListReviewProcess.VAR_REVIEW_DECISION;
import static cn.jianfu.listreview.ListReviewProcess.VAR_REVIEW_GROUPS;
import static cn.jianfu.listreview.ListReviewProcess.VAR_REVIEW_ID;
import static cn.jianfu.testing.EngineClock.date;
import static cn.jianfu.testing.EngineClock.runDueTimers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.ProcessMocks;
import cn.jianfu.testing.ProcessMocks.Call;
import cn.jianfu.testing.ProcessTestEngine;
import cn.jianfu.workflow.Deadlines;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bpmn/list-review.bpmn} deployed alone, every path through it: the delegates and the step
 * listener are mocks, {@code deadlines} answers fixed dates, and timers run when the engine clock
 * passes them. The service-level journeys are in {@link ListReviewIT}.
 */
class ListReviewProcessTest {

    private static final AtomicLong IDS = new AtomicLong(5000);

    private static final LocalDateTime START = LocalDateTime.of(2030, 3, 4, 9, 0);
    private static final LocalDateTime FEEDBACK_REMIND = LocalDateTime.of(2030, 3, 16, 9, 0);
    private static final LocalDateTime FEEDBACK_CLOSES = LocalDateTime.of(2030, 3, 19, 9, 0);
    private static final Date PROPOSE_REMIND = date(LocalDateTime.of(2030, 3, 23, 9, 0));
    private static final Date PROPOSE_DUE = date(LocalDateTime.of(2030, 3, 26, 9, 0));
    private static final Date REVIEW_REMIND = date(LocalDateTime.of(2030, 3, 29, 9, 0));
    private static final Date REVIEW_DUE = date(LocalDateTime.of(2030, 4, 1, 9, 0));
    private static final Date APPROVAL_REMIND = date(LocalDateTime.of(2030, 4, 4, 9, 0));
    private static final Date APPROVAL_DUE = date(LocalDateTime.of(2030, 4, 8, 9, 0));

    private final ProcessMocks mocks = new ProcessMocks();
    private JavaDelegate open;
    private JavaDelegate remindFeedback;
    private JavaDelegate summary;
    private JavaDelegate keep;
    private JavaDelegate change;
    private JavaDelegate withdraw;
    private JavaDelegate reminder;
    private JavaDelegate escalation;

    @BeforeAll
    static void deployTheModelAlone() {
        ProcessTestEngine.deploy(ListReviewProcess.RESOURCE);
    }

    @BeforeEach
    void engineAndMocks() {
        init(ProcessTestEngine.get());
        EngineClock.set(START);
        open = mocks.delegate("listReviewOpenDelegate");
        remindFeedback = mocks.delegate("listReviewFeedbackReminderDelegate");
        summary = mocks.delegate("listReviewSummaryDelegate");
        keep = mocks.delegate("listReviewKeepDelegate");
        change = mocks.delegate("listReviewChangeDelegate");
        withdraw = mocks.delegate("listReviewWithdrawDelegate");
        reminder = mocks.delegate("deadlineReminderDelegate");
        escalation = mocks.delegate("deadlineEscalationDelegate");
        mocks.listener("listReviewStepListener");
        Deadlines deadlines = mocks.bean("deadlines", mock(Deadlines.class));
        when(deadlines.remindAt(any(), eq("list-review-proposal"))).thenReturn(PROPOSE_REMIND);
        when(deadlines.dueAt(any(), eq("list-review-proposal"))).thenReturn(PROPOSE_DUE);
        when(deadlines.remindAt(any(), eq("list-review-review"))).thenReturn(REVIEW_REMIND);
        when(deadlines.dueAt(any(), eq("list-review-review"))).thenReturn(REVIEW_DUE);
        when(deadlines.remindAt(any(), eq("list-review-approval"))).thenReturn(APPROVAL_REMIND);
        when(deadlines.dueAt(any(), eq("list-review-approval"))).thenReturn(APPROVAL_DUE);
    }

    @AfterEach
    void resetClockAndMocks() {
        ClockUtil.reset();
        ProcessMocks.reset();
        AbstractAssertions.reset();
    }

    /** Started as {@code ListReviews.start} starts it. */
    private ProcessInstance started(long reviewId) {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        String.valueOf(reviewId),
                        withVariables(
                                VAR_REVIEW_ID,
                                reviewId,
                                VAR_PROPOSE_GROUPS,
                                "org:JYJ",
                                VAR_REVIEW_GROUPS,
                                "REVIEWER",
                                VAR_APPROVE_GROUPS,
                                "APPROVER",
                                VAR_FEEDBACK_CLOSES_AT,
                                date(FEEDBACK_CLOSES),
                                VAR_FEEDBACK_REMIND_AT,
                                date(FEEDBACK_REMIND)));
        assertThat(pi).isWaitingAtExactly(TASK_COLLECT_FEEDBACK);
        return pi;
    }

    private static void decide(String variable, String decision) {
        complete(task(), withVariables(variable, decision));
    }

    @Test
    void feedbackIsRemindedAndClosedByItsTimersThenEveryStepIsRemindedEscalatedReturnedAndTheItemKept()
            throws Exception {
        long id = IDS.incrementAndGet();
        ProcessInstance pi = started(id);
        assertThat(mocks.calls("listReviewOpenDelegate"))
                .singleElement()
                .satisfies(c -> assertThat(c.variable(VAR_REVIEW_ID)).isEqualTo(id));
        assertThat(job("Timer_FeedbackReminder")).hasDueDate(date(FEEDBACK_REMIND));
        assertThat(job("Timer_FeedbackClosed")).hasDueDate(date(FEEDBACK_CLOSES));

        EngineClock.set(FEEDBACK_REMIND.plusMinutes(1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_FeedbackReminder");
        assertThat(pi)
                .hasPassedInOrder("Timer_FeedbackReminder", "Task_RemindFeedback", "End_FeedbackReminded")
                .isWaitingAtExactly(TASK_COLLECT_FEEDBACK);
        verify(remindFeedback).execute(any());

        EngineClock.set(FEEDBACK_CLOSES.plusMinutes(1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_FeedbackClosed");
        assertThat(pi)
                .hasPassedInOrder("Timer_FeedbackClosed", "Task_SummariseFeedback")
                .isWaitingAtExactly(TASK_PROPOSE);
        assertThat(task()).hasCandidateGroup("org:JYJ").hasDueDate(PROPOSE_DUE);
        verify(summary).execute(any());

        // the proposal's step: reminded, then escalated, then done
        EngineClock.set(LocalDateTime.of(2030, 3, 23, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_ProposeReminder");
        EngineClock.set(LocalDateTime.of(2030, 3, 26, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_ProposeOverdue");
        assertThat(pi)
                .hasPassed("Task_RemindPropose", "End_ProposeReminded", "Task_EscalatePropose", "End_ProposeEscalated");
        decide(VAR_PROPOSAL, "KEEP");
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW);
        assertThat(task()).hasCandidateGroup("REVIEWER").hasDueDate(REVIEW_DUE);

        EngineClock.set(LocalDateTime.of(2030, 3, 29, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_ReviewProposalReminder");
        EngineClock.set(LocalDateTime.of(2030, 4, 1, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_ReviewProposalOverdue");
        assertThat(pi)
                .hasPassed(
                        "Task_RemindReviewProposal",
                        "End_ReviewProposalReminded",
                        "Task_EscalateReviewProposal",
                        "End_ReviewProposalEscalated");

        // returned to the department, proposed again, passed
        decide(VAR_REVIEW_DECISION, "RETURN");
        assertThat(pi).isWaitingAtExactly(TASK_PROPOSE);
        decide(VAR_PROPOSAL, "KEEP");
        decide(VAR_REVIEW_DECISION, "PASS");
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE);
        assertThat(task()).hasCandidateGroup("APPROVER").hasDueDate(APPROVAL_DUE);

        EngineClock.set(LocalDateTime.of(2030, 4, 4, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_ApproveProposalReminder");
        EngineClock.set(LocalDateTime.of(2030, 4, 8, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_ApproveProposalOverdue");
        assertThat(pi)
                .hasPassed(
                        "Task_RemindApproveProposal",
                        "End_ApproveProposalReminded",
                        "Task_EscalateApproveProposal",
                        "End_ApproveProposalEscalated");

        // the approval returns it to the review once, then agrees
        decide(VAR_APPROVAL_DECISION, "RETURN");
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW);
        decide(VAR_REVIEW_DECISION, "PASS");
        decide(VAR_APPROVAL_DECISION, "PASS");
        assertThat(pi)
                .hasPassedInOrder("Gateway_Approval", "Gateway_Outcome", "Task_Keep", "End_Kept")
                .isEnded();
        verify(keep).execute(any());
        verifyNoInteractions(change, withdraw);
        assertThat(mocks.calls("deadlineEscalationDelegate")).hasSize(3);
        assertThat(mocks.calls("deadlineReminderDelegate")).hasSize(3);
        assertThat(mocks.calls("listReviewStepListener"))
                .extracting(Call::activityId)
                .containsExactly(
                        TASK_PROPOSE, TASK_REVIEW, TASK_PROPOSE, TASK_REVIEW, TASK_APPROVE, TASK_REVIEW, TASK_APPROVE);
    }

    @Test
    void feedbackClosedEarlyAndAChangeApproved() throws Exception {
        ProcessInstance pi = started(IDS.incrementAndGet());
        runtimeService()
                .createMessageCorrelation(MESSAGE_FEEDBACK_CLOSED)
                .processInstanceBusinessKey(pi.getBusinessKey())
                .correlate();
        assertThat(pi)
                .hasPassedInOrder(TASK_COLLECT_FEEDBACK, "Task_SummariseFeedback")
                .hasNotPassed("Timer_FeedbackClosed")
                .isWaitingAtExactly(TASK_PROPOSE);
        decide(VAR_PROPOSAL, "CHANGE");
        decide(VAR_REVIEW_DECISION, "PASS");
        decide(VAR_APPROVAL_DECISION, "PASS");
        assertThat(pi)
                .hasPassedInOrder("Gateway_Outcome", "Task_Change", "End_Changed")
                .isEnded();
        verify(change).execute(any());
        verifyNoInteractions(keep, withdraw, remindFeedback, reminder, escalation);
        assertThat(job()).isNull();
    }

    @Test
    void aWithdrawalApproved() throws Exception {
        ProcessInstance pi = started(IDS.incrementAndGet());
        runtimeService()
                .createMessageCorrelation(MESSAGE_FEEDBACK_CLOSED)
                .processInstanceBusinessKey(pi.getBusinessKey())
                .correlate();
        decide(VAR_PROPOSAL, "WITHDRAW");
        decide(VAR_REVIEW_DECISION, "PASS");
        decide(VAR_APPROVAL_DECISION, "PASS");
        assertThat(pi)
                .hasPassedInOrder("Gateway_Outcome", "Task_Withdraw", "End_Withdrawn")
                .isEnded();
        verify(withdraw).execute(any());
        verifyNoInteractions(keep, change);
    }
}
