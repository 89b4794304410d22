package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.EVENT_RATED;
import static cn.jianfu.clue.ClueProcess.KEY;
import static cn.jianfu.clue.ClueProcess.MESSAGE_RATED;
import static cn.jianfu.clue.ClueProcess.TASK_ACCEPT;
import static cn.jianfu.clue.ClueProcess.TASK_PLAN;
import static cn.jianfu.clue.ClueProcess.TASK_REPLY;
import static cn.jianfu.clue.ClueProcess.TASK_REPORT;
import static cn.jianfu.clue.ClueProcess.TASK_TRIAGE;
import static cn.jianfu.clue.ClueProcess.TASK_VERIFY;
import static cn.jianfu.clue.ClueProcess.TIMER_RATING_EXPIRED;
import static cn.jianfu.clue.ClueProcess.VAR_ACCEPT_DECISION;
import static cn.jianfu.clue.ClueProcess.VAR_CLUE_ID;
import static cn.jianfu.clue.ClueProcess.VAR_MERGE_INTO;
import static cn.jianfu.clue.ClueProcess.VAR_NEEDS_RECTIFICATION;
import static cn.jianfu.clue.ClueProcess.VAR_OFFICE_GROUPS;
import static cn.jianfu.clue.ClueProcess.VAR_RATING_PERIOD;
import static cn.jianfu.clue.ClueProcess.VAR_RECTIFY_DEADLINE;
import static cn.jianfu.clue.ClueProcess.VAR_RECTIFY_GROUPS;
import static cn.jianfu.clue.ClueProcess.VAR_RECTIFY_UNIT_KEYS;
import static cn.jianfu.clue.ClueProcess.VAR_REOPEN;
import static cn.jianfu.clue.ClueProcess.VAR_TRIAGE_DECISION;
import static cn.jianfu.clue.ClueProcess.VAR_UNIT_KEY;
import static cn.jianfu.clue.ClueProcess.VAR_UNIT_KEYS;
import static cn.jianfu.clue.ClueProcess.VAR_VERIFY_GROUPS;
import static cn.jianfu.testing.EngineClock.date;
import static cn.jianfu.testing.EngineClock.runDueTimers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.ProcessMocks;
import cn.jianfu.testing.ProcessMocks.Call;
import cn.jianfu.testing.ProcessTestEngine;
import cn.jianfu.workflow.Deadlines;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bpmn/clue.bpmn} deployed alone, every path through it: triage's three ways out, joint
 * verification and rectification as one sub-process instance per unit, the send-back loop, the
 * reply and the rating (message, timer, reopening), and every reminder and escalation timer.
 * Delegates and the step listener are mocks, {@code deadlines} answers fixed dates, and timers run
 * when the engine clock passes them. The service-level journeys are in {@link ClueProcessIT}.
 */
class ClueProcessTest {

    /** A unit a clue is assigned to: its {@code clue_unit} key and its organisation's candidate group. */
    private record Unit(String key, String group) {}

    private static final Unit VILLAGE = new Unit("11", "org:V1");
    private static final Unit DEPARTMENT = new Unit("12", "org:DA");
    private static final AtomicLong IDS = new AtomicLong(2000);

    private static final LocalDateTime MONDAY = LocalDateTime.of(2030, 3, 4, 9, 0);
    private static final Date TRIAGE_REMIND = date(LocalDateTime.of(2030, 3, 6, 9, 0));
    private static final Date TRIAGE_DUE = date(LocalDateTime.of(2030, 3, 7, 9, 0));
    private static final Date VERIFY_REMIND = date(LocalDateTime.of(2030, 3, 21, 9, 0));
    private static final Date VERIFY_DUE = date(LocalDateTime.of(2030, 3, 25, 9, 0));
    private static final Date PLAN_DUE = date(LocalDateTime.of(2030, 3, 11, 9, 0));
    private static final Date REPLY_DUE = date(LocalDateTime.of(2030, 4, 8, 9, 0));

    private final ProcessMocks mocks = new ProcessMocks();
    private JavaDelegate notAccepted;
    private JavaDelegate merged;
    private JavaDelegate rectification;
    private JavaDelegate reopen;
    private JavaDelegate close;
    private JavaDelegate reminder;
    private JavaDelegate escalation;
    private Deadlines deadlines;
    /** The units the rectification (and reopen) delegate finds at fault, as {@code ClueService} would. */
    private List<Unit> atFault = List.of();

    @BeforeAll
    static void deployTheModelAlone() {
        ProcessTestEngine.deploy(ClueProcess.RESOURCE);
    }

    @BeforeEach
    void engineAndMocks() {
        init(ProcessTestEngine.get());
        EngineClock.set(MONDAY);
        notAccepted = mocks.delegate("clueNotAcceptedDelegate");
        merged = mocks.delegate("clueMergedDelegate");
        rectification = mocks.delegate("clueRectificationDelegate", this::setRectification);
        reopen = mocks.delegate("clueReopenDelegate", this::setRectification);
        close = mocks.delegate("clueCloseDelegate");
        reminder = mocks.delegate("deadlineReminderDelegate");
        escalation = mocks.delegate("deadlineEscalationDelegate");
        mocks.listener("clueStepListener");
        mocks.listener("clueResponseListener");
        deadlines = mocks.bean("deadlines", mock(Deadlines.class));
        when(deadlines.remindAt(any(), eq("clue-triage"))).thenReturn(TRIAGE_REMIND);
        when(deadlines.dueAt(any(), eq("clue-triage"))).thenReturn(TRIAGE_DUE);
        when(deadlines.remindAt(any(), eq("clue-verify"))).thenReturn(VERIFY_REMIND);
        when(deadlines.dueAt(any(), eq("clue-verify"))).thenReturn(VERIFY_DUE);
        when(deadlines.dueAt(any(), eq("clue-plan"))).thenReturn(PLAN_DUE);
        when(deadlines.dueAt(any(), eq("clue-reply"))).thenReturn(REPLY_DUE);
    }

    @AfterEach
    void resetClockAndMocks() {
        ClockUtil.reset();
        ProcessMocks.reset();
        AbstractAssertions.reset();
    }

    /** What {@code ClueService.prepareRectification} and {@code reopen} put into the process. */
    private void setRectification(DelegateExecution execution) {
        execution.setVariable(
                VAR_RECTIFY_UNIT_KEYS,
                new ArrayList<>(atFault.stream().map(Unit::key).toList()));
        execution.setVariable(
                VAR_RECTIFY_GROUPS,
                new ArrayList<>(atFault.stream().map(Unit::group).toList()));
        execution.setVariable(VAR_NEEDS_RECTIFICATION, !atFault.isEmpty());
    }

    /** Started as {@code ClueService} starts it for a new clue. */
    private ProcessInstance received(long clueId) {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        String.valueOf(clueId),
                        withVariables(VAR_CLUE_ID, clueId, VAR_OFFICE_GROUPS, "OFFICE", VAR_RATING_PERIOD, "P7D"));
        assertThat(pi).isWaitingAtExactly(TASK_TRIAGE);
        return pi;
    }

    /** Triage assigns the clue to {@code units}, each verifying jointly with the verifiers. */
    private ProcessInstance assigned(Unit... units) {
        ProcessInstance pi = received(IDS.incrementAndGet());
        List<String> keys = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Unit u : units) {
            keys.add(u.key());
            groups.add(u.group() + ",VERIFIER");
        }
        complete(task(), withVariables(VAR_TRIAGE_DECISION, "ASSIGN", VAR_UNIT_KEYS, keys, VAR_VERIFY_GROUPS, groups));
        assertThat(pi).isWaitingAt(TASK_VERIFY);
        return pi;
    }

    private static Task taskOf(String taskKey, Unit unit) {
        return task(taskQuery().taskDefinitionKey(taskKey).taskCandidateGroup(unit.group()));
    }

    private static void verified(Unit unit) {
        complete(taskOf(TASK_VERIFY, unit));
    }

    private static void rectified(Unit unit, LocalDateTime deadline) {
        complete(taskOf(TASK_PLAN, unit), withVariables(VAR_RECTIFY_DEADLINE, date(deadline)));
        complete(taskOf(TASK_REPORT, unit));
        complete(task(TASK_ACCEPT), withVariables(VAR_ACCEPT_DECISION, "ACCEPT"));
    }

    /** Assigned to one unit that finds nothing at fault: the clue waits for the office's reply. */
    private ProcessInstance awaitingReply() {
        ProcessInstance pi = assigned(DEPARTMENT);
        verified(DEPARTMENT);
        assertThat(pi).isWaitingAtExactly(TASK_REPLY);
        return pi;
    }

    private static void rated(ProcessInstance pi, boolean again) {
        runtimeService()
                .createMessageCorrelation(MESSAGE_RATED)
                .processInstanceId(pi.getId())
                .setVariable(VAR_REOPEN, again)
                .correlate();
    }

    @Test
    void notAcceptedClueEndsWithTheReasonForTheReporter() throws Exception {
        long id = IDS.incrementAndGet();
        ProcessInstance pi = received(id);
        assertThat(task()).hasCandidateGroup("OFFICE").hasDueDate(TRIAGE_DUE);
        complete(task(), withVariables(VAR_TRIAGE_DECISION, "NOT_ACCEPTED"));
        assertThat(pi)
                .hasPassedInOrder(
                        "StartEvent_Received", TASK_TRIAGE, "Gateway_Triage", "Task_NotAccepted", "End_NotAccepted")
                .isEnded();
        assertThat(mocks.calls("clueNotAcceptedDelegate")).singleElement().satisfies(c -> {
            assertThat(c.variable(VAR_CLUE_ID)).isEqualTo(id);
        });
        verifyNoInteractions(merged, rectification, close);
    }

    @Test
    void mergedClueEndsAndTheEarlierOneCarriesOn() throws Exception {
        ProcessInstance pi = received(IDS.incrementAndGet());
        complete(task(), withVariables(VAR_TRIAGE_DECISION, "MERGE", VAR_MERGE_INTO, 77L));
        assertThat(pi)
                .hasPassedInOrder(TASK_TRIAGE, "Gateway_Triage", "Task_Merge", "End_Merged")
                .isEnded();
        assertThat(mocks.calls("clueMergedDelegate"))
                .singleElement()
                .satisfies(c -> assertThat(c.variable(VAR_MERGE_INTO)).isEqualTo(77L));
        verifyNoInteractions(notAccepted, rectification, close);
    }

    @Test
    void eachAssignedUnitVerifiesJointlyWithTheVerifiersAndTheClueWaitsForAll() throws Exception {
        ProcessInstance pi = assigned(VILLAGE, DEPARTMENT);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);
        for (Unit u : List.of(VILLAGE, DEPARTMENT)) {
            Task t = taskOf(TASK_VERIFY, u);
            assertThat(t)
                    .hasCandidateGroup(u.group())
                    .hasCandidateGroup("VERIFIER")
                    .hasDueDate(VERIFY_DUE);
            assertThat(taskService().getVariable(t.getId(), VAR_UNIT_KEY)).isEqualTo(u.key());
        }

        verified(VILLAGE);
        assertThat(pi).isWaitingAt(TASK_VERIFY);
        verifyNoInteractions(rectification);

        atFault = List.of();
        verified(DEPARTMENT);
        verify(rectification, times(1)).execute(any());
        assertThat(pi)
                .hasPassed("StartEvent_Verify", TASK_VERIFY, "End_Verified", "SubProcess_Verify")
                .hasPassedInOrder(
                        TASK_TRIAGE,
                        "Gateway_Triage",
                        "Task_PrepareRectification",
                        "Gateway_NeedsRectification",
                        "Gateway_ToReply")
                .hasNotPassed("Gateway_ToRectify", "SubProcess_Rectify")
                .isWaitingAtExactly(TASK_REPLY);
        assertThat(task()).hasCandidateGroup("OFFICE").hasDueDate(REPLY_DUE);
        assertThat(mocks.calls("clueStepListener"))
                .extracting(Call::activityId)
                .containsExactly(TASK_TRIAGE, TASK_VERIFY, TASK_VERIFY, TASK_REPLY);
    }

    @Test
    void takingAUnitsVerificationIsItsFirstResponse() throws Exception {
        assigned(VILLAGE, DEPARTMENT);
        assertThat(mocks.calls("clueResponseListener")).isEmpty();
        String village = taskOf(TASK_VERIFY, VILLAGE).getId();
        taskService().claim(village, "cun");
        taskService().setAssignee(village, null);
        // only the verification tells of its assignment; the listener decides what counts
        assertThat(mocks.calls("clueResponseListener"))
                .extracting(Call::activityId)
                .containsOnly(TASK_VERIFY);
        assertThat(mocks.calls("clueResponseListener"))
                .extracting(c -> c.variable(VAR_UNIT_KEY))
                .containsOnly(VILLAGE.key());
    }

    @Test
    void unitsAtFaultRectifyInParallelEachWithItsOwnDeadlineAndSendBacks() throws Exception {
        ProcessInstance pi = assigned(VILLAGE, DEPARTMENT);
        verified(VILLAGE);
        atFault = List.of(VILLAGE, DEPARTMENT);
        verified(DEPARTMENT);
        assertThat(pi)
                .hasPassedInOrder("Gateway_NeedsRectification", "Gateway_ToRectify")
                .hasPassed("StartEvent_Rectify")
                .isWaitingAt(TASK_PLAN);
        assertThat(taskOf(TASK_PLAN, VILLAGE)).hasDueDate(PLAN_DUE);
        assertThat(taskOf(TASK_PLAN, DEPARTMENT)).hasDueDate(PLAN_DUE);

        complete(taskOf(TASK_PLAN, VILLAGE), withVariables(VAR_RECTIFY_DEADLINE, date(MONDAY.plusDays(20))));
        complete(taskOf(TASK_PLAN, DEPARTMENT), withVariables(VAR_RECTIFY_DEADLINE, date(MONDAY.plusDays(30))));
        // each unit's deadline stays in its own rectification, not on the clue
        assertThat(taskOf(TASK_REPORT, VILLAGE)).hasDueDate(date(MONDAY.plusDays(20)));
        assertThat(taskOf(TASK_REPORT, DEPARTMENT)).hasDueDate(date(MONDAY.plusDays(30)));
        assertThat(runtimeService().getVariable(pi.getId(), VAR_RECTIFY_DEADLINE))
                .isNull();

        complete(taskOf(TASK_REPORT, VILLAGE));
        assertThat(task(TASK_ACCEPT)).hasCandidateGroup("OFFICE");
        complete(task(TASK_ACCEPT), withVariables(VAR_ACCEPT_DECISION, "SEND_BACK"));
        assertThat(pi).isWaitingAt(TASK_REPORT).isNotWaitingAt(TASK_ACCEPT);
        complete(taskOf(TASK_REPORT, VILLAGE));
        complete(task(TASK_ACCEPT), withVariables(VAR_ACCEPT_DECISION, "ACCEPT"));
        assertThat(pi).hasPassed("End_Rectified").isWaitingAt(TASK_REPORT);

        complete(taskOf(TASK_REPORT, DEPARTMENT));
        complete(task(TASK_ACCEPT), withVariables(VAR_ACCEPT_DECISION, "ACCEPT"));
        assertThat(pi)
                .hasPassed("End_Rectified", "SubProcess_Rectify", "Gateway_ToReply")
                .isWaitingAtExactly(TASK_REPLY);
        assertThat(mocks.calls("clueStepListener").stream()
                        .filter(c -> c.activityId().equals(TASK_REPORT))
                        .map(c -> c.variable(VAR_UNIT_KEY)))
                .containsExactlyInAnyOrder(VILLAGE.key(), VILLAGE.key(), DEPARTMENT.key());
        verifyNoInteractions(escalation);
    }

    @Test
    void satisfiedReporterClosesTheClue() throws Exception {
        ProcessInstance pi = awaitingReply();
        complete(task());
        assertThat(pi).isWaitingAt("Gateway_AwaitRating").isWaitingFor(MESSAGE_RATED);
        assertThat(job(TIMER_RATING_EXPIRED)).hasDueDate(date(MONDAY.plusDays(7)));

        rated(pi, false);
        assertThat(pi)
                .hasPassedInOrder(
                        TASK_REPLY, "Gateway_AwaitRating", EVENT_RATED, "Gateway_Rating", "Task_Close", "End_Closed")
                .hasNotPassed(TIMER_RATING_EXPIRED, "Task_Reopen")
                .isEnded();
        verify(close, times(1)).execute(any());
        verifyNoInteractions(reopen);
    }

    @Test
    void unsatisfiedReporterSendsTheClueBackIntoRectification() throws Exception {
        ProcessInstance pi = awaitingReply();
        complete(task());
        atFault = List.of(DEPARTMENT);
        rated(pi, true);
        assertThat(pi)
                .hasPassedInOrder(EVENT_RATED, "Gateway_Rating", "Task_Reopen", "Gateway_ToRectify")
                .isWaitingAt(TASK_PLAN);
        assertThat(taskOf(TASK_PLAN, DEPARTMENT)).isNotNull();
        verify(reopen, times(1)).execute(any());
        verifyNoInteractions(close);

        rectified(DEPARTMENT, MONDAY.plusDays(20));
        assertThat(pi).isWaitingAtExactly(TASK_REPLY);
        complete(task());
        rated(pi, false);
        assertThat(pi).hasPassed("End_Closed").isEnded();
        verify(close, times(1)).execute(any());
    }

    @Test
    void withoutARatingInTheRatingPeriodTheClueClosesByItself() throws Exception {
        ProcessInstance pi = awaitingReply();
        complete(task());
        assertThat(job(TIMER_RATING_EXPIRED)).hasDueDate(date(MONDAY.plusDays(7)));

        EngineClock.set(MONDAY.plusDays(7).minusMinutes(1));
        assertThat(runDueTimers(pi)).isEmpty();
        EngineClock.set(MONDAY.plusDays(7).plusMinutes(1));
        execute(job(TIMER_RATING_EXPIRED));
        assertThat(pi)
                .hasPassedInOrder(
                        "Gateway_AwaitRating", TIMER_RATING_EXPIRED, "Task_AutoClose", "End_ClosedWithoutRating")
                .hasNotPassed(EVENT_RATED)
                .isEnded();
        verify(close, times(1)).execute(any());
        assertThatThrownBy(() -> rated(pi, false)).isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void triageIsRemindedThenEscalatedAndStaysWithTheOffice() throws Exception {
        ProcessInstance pi = received(IDS.incrementAndGet());
        assertThat(job("Timer_TriageReminder")).hasDueDate(TRIAGE_REMIND);
        assertThat(job("Timer_TriageOverdue")).hasDueDate(TRIAGE_DUE);

        EngineClock.set(LocalDateTime.of(2030, 3, 6, 9, 30));
        assertThat(runDueTimers(pi)).containsExactly("Timer_TriageReminder");
        EngineClock.set(LocalDateTime.of(2030, 3, 7, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_TriageOverdue");
        assertThat(pi)
                .hasPassed("Task_RemindTriage", "End_TriageReminded", "Task_EscalateTriage", "End_TriageEscalated")
                .isWaitingAtExactly(TASK_TRIAGE);
        assertThat(mocks.calls("deadlineReminderDelegate"))
                .extracting(c -> c.variable("deadlineActivity"))
                .containsExactly(TASK_TRIAGE);
        assertThat(mocks.calls("deadlineEscalationDelegate"))
                .extracting(Call::activityId)
                .containsExactly("Task_EscalateTriage");
    }

    @Test
    void eachUnitsVerificationIsRemindedThenEscalatedOnItsOwn() throws Exception {
        ProcessInstance pi = assigned(VILLAGE, DEPARTMENT);
        EngineClock.set(LocalDateTime.of(2030, 3, 21, 9, 30));
        assertThat(runDueTimers(pi)).containsExactly("Timer_VerifyReminder", "Timer_VerifyReminder");
        assertThat(mocks.calls("deadlineReminderDelegate")).allSatisfy(c -> {
            assertThat(c.activityId()).isEqualTo("Task_RemindVerify");
            assertThat(c.variable("deadlineActivity")).isEqualTo(TASK_VERIFY);
        });
        assertThat(mocks.calls("deadlineReminderDelegate"))
                .extracting(c -> c.variable(VAR_UNIT_KEY))
                .containsExactlyInAnyOrder(VILLAGE.key(), DEPARTMENT.key());

        // the village verifies in time; only the department's verification is escalated
        verified(VILLAGE);
        EngineClock.set(LocalDateTime.of(2030, 3, 25, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_VerifyOverdue");
        assertThat(mocks.calls("deadlineEscalationDelegate")).singleElement().satisfies(c -> {
            assertThat(c.activityId()).isEqualTo("Task_EscalateVerify");
            assertThat(c.variable("deadlineActivity")).isEqualTo(TASK_VERIFY);
            assertThat(c.variable(VAR_UNIT_KEY)).isEqualTo(DEPARTMENT.key());
        });
        assertThat(pi)
                .hasPassed("Task_RemindVerify", "End_VerifyReminded", "Task_EscalateVerify", "End_VerifyEscalated")
                .isWaitingAt(TASK_VERIFY);
        assertThat(taskOf(TASK_VERIFY, DEPARTMENT)).isNotNull();

        verified(DEPARTMENT);
        assertThat(pi).isWaitingAtExactly(TASK_REPLY);
    }

    @Test
    void overduePlanReportAndReplyAreEscalatedWhileTheStepsStayOpen() throws Exception {
        ProcessInstance pi = assigned(DEPARTMENT);
        atFault = List.of(DEPARTMENT);
        verified(DEPARTMENT);
        assertThat(pi).isWaitingAt(TASK_PLAN);
        assertThat(job("Timer_PlanOverdue")).hasDueDate(PLAN_DUE);

        EngineClock.set(LocalDateTime.of(2030, 3, 11, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_PlanOverdue");
        assertThat(pi).hasPassed("Task_EscalatePlan", "End_PlanEscalated").isWaitingAt(TASK_PLAN);

        LocalDateTime deadline = LocalDateTime.of(2030, 3, 21, 0, 0);
        complete(task(), withVariables(VAR_RECTIFY_DEADLINE, date(deadline)));
        assertThat(job("Timer_ReportOverdue")).hasDueDate(date(deadline));
        EngineClock.set(deadline.plusMinutes(1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_ReportOverdue");
        assertThat(pi).hasPassed("Task_EscalateReport", "End_ReportEscalated").isWaitingAt(TASK_REPORT);

        complete(task());
        complete(task(), withVariables(VAR_ACCEPT_DECISION, "ACCEPT"));
        assertThat(pi).isWaitingAtExactly(TASK_REPLY);
        assertThat(job("Timer_ReplyOverdue")).hasDueDate(REPLY_DUE);
        EngineClock.set(LocalDateTime.of(2030, 4, 8, 9, 1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_ReplyOverdue");
        assertThat(pi).hasPassed("Task_EscalateReply", "End_ReplyEscalated").isWaitingAtExactly(TASK_REPLY);

        assertThat(mocks.calls("deadlineEscalationDelegate"))
                .extracting(c -> c.variable("deadlineActivity"))
                .containsExactly(TASK_PLAN, "Task_Report", TASK_REPLY);
        verifyNoInteractions(reminder);
    }

    /** A unit returns its verification (退单): the boundary message ends its step, the office answers. */
    private static void returnedBy(Unit unit) {
        runtimeService()
                .messageEventReceived(
                        ClueProcess.MESSAGE_VERIFY_RETURNED,
                        taskOf(TASK_VERIFY, unit).getExecutionId());
    }

    @Test
    void aReturnedClueIsReassignedToAnotherUnitThatVerifiesInItsPlace() throws Exception {
        Unit other = new Unit("13", "org:DB");
        ProcessInstance pi = assigned(VILLAGE, DEPARTMENT);
        returnedBy(DEPARTMENT);
        assertThat(pi).hasPassed("Event_VerifyReturned").isWaitingAt(ClueProcess.TASK_REASSIGN, TASK_VERIFY);
        Task reassign = task(ClueProcess.TASK_REASSIGN);
        assertThat(reassign).hasCandidateGroup("OFFICE");
        // the department's timers went with its step
        assertThat(taskQuery().processInstanceId(pi.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder(TASK_VERIFY, ClueProcess.TASK_REASSIGN);
        assertThat(taskQuery()
                        .processInstanceId(pi.getId())
                        .taskCandidateGroup(DEPARTMENT.group())
                        .count())
                .isZero();

        List<String> groups = new ArrayList<>(List.of(VILLAGE.group() + ",VERIFIER", other.group() + ",VERIFIER"));
        int index = ((Number) taskService().getVariable(reassign.getId(), "loopCounter")).intValue();
        assertThat(index).isEqualTo(1);
        complete(
                reassign,
                withVariables(
                        ClueProcess.VAR_REASSIGN_DECISION,
                        "REASSIGN",
                        VAR_UNIT_KEY,
                        other.key(),
                        VAR_VERIFY_GROUPS,
                        groups));
        Task again = taskOf(TASK_VERIFY, other);
        assertThat(again).hasCandidateGroup("VERIFIER").hasDueDate(VERIFY_DUE);
        assertThat(taskService().getVariable(again.getId(), VAR_UNIT_KEY)).isEqualTo(other.key());
        // the decision stays with the unit's own verification
        assertThat(runtimeService().getVariable(pi.getId(), ClueProcess.VAR_REASSIGN_DECISION))
                .isNull();
        assertThat(pi).hasPassed("Gateway_Reassign").hasNotPassed("End_Returned");

        verified(VILLAGE);
        atFault = List.of();
        verified(other);
        assertThat(pi).hasPassed("End_Verified", "SubProcess_Verify").isWaitingAtExactly(TASK_REPLY);
    }

    @Test
    void aReturnedUnitsVerificationEndsWhenTheOfficeLetsTheOthersCarryOn() throws Exception {
        ProcessInstance pi = assigned(VILLAGE, DEPARTMENT);
        returnedBy(VILLAGE);
        complete(task(ClueProcess.TASK_REASSIGN), withVariables(ClueProcess.VAR_REASSIGN_DECISION, "CONTINUE"));
        assertThat(pi)
                .hasPassedInOrder("Event_VerifyReturned", ClueProcess.TASK_REASSIGN, "Gateway_Reassign", "End_Returned")
                .isWaitingAt(TASK_VERIFY)
                .isNotWaitingAt(ClueProcess.TASK_REASSIGN);
        atFault = List.of(DEPARTMENT);
        verified(DEPARTMENT);
        assertThat(pi).hasPassed("SubProcess_Verify").isWaitingAt(TASK_PLAN);
    }
}
