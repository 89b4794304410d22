package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.TASK_APPROVE;
import static cn.jianfu.admission.AdmissionProcess.TASK_PRECHECK;
import static cn.jianfu.admission.AdmissionProcess.TASK_REVIEW;
import static cn.jianfu.admission.AdmissionProcess.TASK_REVISE;
import static cn.jianfu.admission.AdmissionProcess.VAR_APPLICATION_ID;
import static cn.jianfu.admission.AdmissionProcess.VAR_APPROVAL_DECISION;
import static cn.jianfu.admission.AdmissionProcess.VAR_REVIEW_DECISION;
import static cn.jianfu.testing.EngineClock.runDueTimers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.ProcessMocks.Call;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * {@code bpmn/admission.bpmn} deployed alone, every path through it: delegates and the step listener
 * are mocks, {@code deadlines} answers fixed dates, and timers run when the engine clock passes them.
 * The service-level journeys are in {@link AdmissionProcessIT}.
 */
class AdmissionProcessTest extends AdmissionProcessTesting {

    @Test
    void passedReviewAndApprovalPutTheApplicationOnTheList() throws Exception {
        long id = IDS.incrementAndGet();
        ProcessInstance pi = submitted(id);
        assertThat(task()).hasCandidateGroup("REVIEWER").isNotAssigned().hasDueDate(REVIEW_DUE);
        assertThat(mocks.calls("admissionPreCheckDelegate"))
                .singleElement()
                .satisfies(c -> assertThat(c.variable(VAR_APPLICATION_ID)).isEqualTo(id));

        decide(VAR_REVIEW_DECISION, "PASS", null);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE);
        assertThat(task()).hasCandidateGroup("APPROVER").hasDueDate(APPROVAL_DUE);

        decide(VAR_APPROVAL_DECISION, "APPROVE", "同意");
        assertThat(pi)
                .hasPassedInOrder(
                        "StartEvent_Submitted",
                        TASK_PRECHECK,
                        TASK_REVIEW,
                        "Gateway_ReviewDecision",
                        TASK_APPROVE,
                        "Gateway_ApprovalDecision",
                        "Task_Admit",
                        "End_Admitted")
                .isEnded();
        verify(admit).execute(any());
        assertThat(mocks.calls("admissionAdmitDelegate"))
                .singleElement()
                .satisfies(c -> assertThat(c.variable(VAR_APPLICATION_ID)).isEqualTo(id));
        assertThat(mocks.calls("admissionStepListener"))
                .extracting(Call::activityId)
                .containsExactly(TASK_REVIEW, TASK_APPROVE);
        verifyNoInteractions(refuse, withdrawn, reminder, escalation);
    }

    @Test
    void returnedApplicationIsRevisedByItsApplicantAndPreCheckedAgain() throws Exception {
        ProcessInstance pi = submitted(IDS.incrementAndGet());
        decide(VAR_REVIEW_DECISION, "RETURN", "请补充依据");
        assertThat(pi).isWaitingAtExactly(TASK_REVISE);
        assertThat(task()).isAssignedTo("jiaoyu");

        complete(task());
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW);
        assertThat(pi).hasPassedInOrder(TASK_PRECHECK, TASK_REVIEW, TASK_REVISE, TASK_PRECHECK);
        verify(preCheck, times(2)).execute(any());
        assertThat(mocks.calls("admissionStepListener"))
                .extracting(Call::activityId)
                .containsExactly(TASK_REVIEW, TASK_REVISE, TASK_REVIEW);
        // a fresh visit of the review: its deadline is asked for again
        verify(deadlines, times(2)).remindAt(any(), eq("review"));
        verifyNoInteractions(withdrawn, refuse, admit);
    }

    @Test
    void applicationInReviewIsWithdrawn() throws Exception {
        ProcessInstance pi = submitted(IDS.incrementAndGet());
        withdraw(pi);
        assertThat(pi)
                .hasPassedInOrder("Message_WithdrawnInReview", "Task_RecordWithdrawal", "End_Withdrawn")
                .hasNotPassed("Gateway_ReviewDecision")
                .isEnded();
        verify(withdrawn).execute(any());
    }

    @Test
    void returnedApplicationIsWithdrawnInsteadOfRevised() throws Exception {
        long id = IDS.incrementAndGet();
        ProcessInstance pi = submitted(id);
        decide(VAR_REVIEW_DECISION, "RETURN", "请补充依据");
        assertThat(pi).isWaitingAtExactly(TASK_REVISE);

        withdraw(pi);
        assertThat(pi)
                .hasPassedInOrder(TASK_REVISE, "Message_WithdrawnInRevision", "Task_RecordWithdrawal", "End_Withdrawn")
                .isEnded();
        assertThat(mocks.calls("admissionWithdrawnDelegate"))
                .singleElement()
                .satisfies(c -> assertThat(c.variable(VAR_APPLICATION_ID)).isEqualTo(id));
        verify(preCheck, times(1)).execute(any());
    }

    @Test
    void applicationInApprovalCannotBeWithdrawn() throws Exception {
        ProcessInstance pi = submitted(IDS.incrementAndGet());
        decide(VAR_REVIEW_DECISION, "PASS", null);
        assertThatThrownBy(() -> withdraw(pi)).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE);
        verifyNoInteractions(withdrawn);
    }

    @Test
    void refusalAtReviewIsArchivedForTheApplication() throws Exception {
        long id = IDS.incrementAndGet();
        ProcessInstance pi = submitted(id);
        decide(VAR_REVIEW_DECISION, "REFUSE", "属于负面清单事项");
        assertThat(pi)
                .hasPassedInOrder("Gateway_ReviewDecision", "Task_Refuse", "End_Refused")
                .hasNotPassed(TASK_APPROVE)
                .isEnded();
        assertThat(mocks.calls("admissionRefuseDelegate"))
                .singleElement()
                .satisfies(c -> assertThat(c.variable(VAR_APPLICATION_ID)).isEqualTo(id));
        verifyNoInteractions(admit);
    }

    @Test
    void refusalAtApprovalIsArchivedForTheApplication() throws Exception {
        long id = IDS.incrementAndGet();
        ProcessInstance pi = submitted(id);
        decide(VAR_REVIEW_DECISION, "PASS", "可以");
        decide(VAR_APPROVAL_DECISION, "REFUSE", "不宜下派");
        assertThat(pi)
                .hasPassedInOrder(TASK_APPROVE, "Gateway_ApprovalDecision", "Task_Refuse", "End_Refused")
                .isEnded();
        assertThat(mocks.calls("admissionRefuseDelegate"))
                .singleElement()
                .satisfies(c -> assertThat(c.variable(VAR_APPLICATION_ID)).isEqualTo(id));
        verifyNoInteractions(admit);
    }

    @Test
    void approvalSendsTheApplicationBackToReviewWithoutAnotherPreCheck() throws Exception {
        ProcessInstance pi = submitted(IDS.incrementAndGet());
        decide(VAR_REVIEW_DECISION, "PASS", null);
        decide(VAR_APPROVAL_DECISION, "RETURN", "请再核工作量");
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW);
        assertThat(task()).hasCandidateGroup("REVIEWER");
        verify(preCheck, times(1)).execute(any());

        decide(VAR_REVIEW_DECISION, "PASS", "已核");
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE);
        assertThat(mocks.calls("admissionStepListener"))
                .extracting(Call::activityId)
                .containsExactly(TASK_REVIEW, TASK_APPROVE, TASK_REVIEW, TASK_APPROVE);
    }

    @Test
    void reviewIsRemindedThenEscalatedAndStaysOpenForTheReviewer() throws Exception {
        ProcessInstance pi = submitted(IDS.incrementAndGet());
        assertThat(job("Timer_ReviewReminder")).hasDueDate(REVIEW_REMIND);
        assertThat(job("Timer_ReviewOverdue")).hasDueDate(REVIEW_DUE);
        assertThat(runDueTimers(pi)).isEmpty();

        EngineClock.set(LocalDateTime.of(2030, 3, 8, 9, 30));
        assertThat(runDueTimers(pi)).containsExactly("Timer_ReviewReminder");
        assertThat(pi).hasPassed("Task_RemindReview", "End_ReviewReminded").isWaitingAtExactly(TASK_REVIEW);
        assertThat(mocks.calls("deadlineReminderDelegate")).singleElement().satisfies(c -> {
            assertThat(c.activityId()).isEqualTo("Task_RemindReview");
            assertThat(c.variable("deadlineActivity")).isEqualTo(TASK_REVIEW);
        });
        verifyNoInteractions(escalation);

        EngineClock.set(LocalDateTime.of(2030, 3, 11, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_ReviewOverdue");
        assertThat(pi).hasPassed("Task_EscalateReview", "End_ReviewEscalated").isWaitingAtExactly(TASK_REVIEW);
        assertThat(mocks.calls("deadlineEscalationDelegate"))
                .singleElement()
                .satisfies(c -> assertThat(c.variable("deadlineActivity")).isEqualTo(TASK_REVIEW));

        // the escalation does not decide for the reviewer, and the review's timers end with it
        decide(VAR_REVIEW_DECISION, "PASS", null);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE);
        assertThat(job("Timer_ApprovalReminder")).hasDueDate(APPROVAL_REMIND);
        assertThat(runDueTimers(pi)).isEmpty();
    }

    @Test
    void approvalIsRemindedThenEscalatedAndStaysOpenForTheApprover() throws Exception {
        ProcessInstance pi = submitted(IDS.incrementAndGet());
        decide(VAR_REVIEW_DECISION, "PASS", null);
        assertThat(job("Timer_ApprovalReminder")).hasDueDate(APPROVAL_REMIND);
        assertThat(job("Timer_ApprovalOverdue")).hasDueDate(APPROVAL_DUE);

        ClockUtil.setCurrentTime(new Date(APPROVAL_REMIND.getTime() + 60_000));
        execute(job("Timer_ApprovalReminder"));
        assertThat(pi)
                .hasPassedInOrder("Timer_ApprovalReminder", "Task_RemindApproval", "End_ApprovalReminded")
                .isWaitingAtExactly(TASK_APPROVE);
        assertThat(mocks.calls("deadlineReminderDelegate")).singleElement().satisfies(c -> {
            assertThat(c.activityId()).isEqualTo("Task_RemindApproval");
            assertThat(c.variable("deadlineActivity")).isEqualTo(TASK_APPROVE);
        });
        assertThat(runDueTimers(pi)).isEmpty(); // the escalation is not due yet

        ClockUtil.setCurrentTime(new Date(APPROVAL_DUE.getTime() + 60_000));
        execute(job("Timer_ApprovalOverdue"));
        assertThat(pi)
                .hasPassedInOrder("Timer_ApprovalOverdue", "Task_EscalateApproval", "End_ApprovalEscalated")
                .isWaitingAtExactly(TASK_APPROVE);
        assertThat(mocks.calls("deadlineEscalationDelegate")).singleElement().satisfies(c -> {
            assertThat(c.activityId()).isEqualTo("Task_EscalateApproval");
            assertThat(c.variable("deadlineActivity")).isEqualTo(TASK_APPROVE);
        });

        decide(VAR_APPROVAL_DECISION, "APPROVE", null);
        assertThat(pi).hasPassed("End_Admitted").isEnded();
        verify(admit).execute(any());
    }
}
