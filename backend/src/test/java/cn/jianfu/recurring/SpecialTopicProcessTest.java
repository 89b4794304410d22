package cn.jianfu.recurring;

import static cn.jianfu.recurring.SpecialTopicProcess.KEY;
import static cn.jianfu.recurring.SpecialTopicProcess.TASK_ACCEPT;
import static cn.jianfu.recurring.SpecialTopicProcess.TASK_RECTIFY;
import static cn.jianfu.recurring.SpecialTopicProcess.VAR_ACCEPTANCE;
import static cn.jianfu.recurring.SpecialTopicProcess.VAR_DEADLINE;
import static cn.jianfu.recurring.SpecialTopicProcess.VAR_LEAD_GROUPS;
import static cn.jianfu.recurring.SpecialTopicProcess.VAR_OFFICE_GROUPS;
import static cn.jianfu.recurring.SpecialTopicProcess.VAR_REMIND_AT;
import static cn.jianfu.recurring.SpecialTopicProcess.VAR_TOPIC_ID;
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
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.ProcessMocks;
import cn.jianfu.testing.ProcessMocks.Call;
import cn.jianfu.testing.ProcessTestEngine;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code bpmn/special-topic.bpmn} deployed alone, every path: delegates are mocks, timers run on the engine clock. */
class SpecialTopicProcessTest {

    private static final AtomicLong IDS = new AtomicLong(7000);
    private static final LocalDateTime START = LocalDateTime.of(2030, 5, 6, 9, 0);
    private static final LocalDateTime REMIND = LocalDateTime.of(2030, 6, 2, 17, 30);
    private static final LocalDateTime DEADLINE = LocalDateTime.of(2030, 6, 5, 17, 30);

    private final ProcessMocks mocks = new ProcessMocks();
    private JavaDelegate close;
    private JavaDelegate reminder;
    private JavaDelegate escalation;

    @BeforeAll
    static void deployTheModelAlone() {
        ProcessTestEngine.deploy(SpecialTopicProcess.RESOURCE);
    }

    @BeforeEach
    void engineAndMocks() {
        init(ProcessTestEngine.get());
        EngineClock.set(START);
        close = mocks.delegate("specialTopicCloseDelegate");
        reminder = mocks.delegate("deadlineReminderDelegate");
        escalation = mocks.delegate("deadlineEscalationDelegate");
        mocks.listener("specialTopicStepListener");
    }

    @AfterEach
    void resetClockAndMocks() {
        ClockUtil.reset();
        ProcessMocks.reset();
        AbstractAssertions.reset();
    }

    /** Started as {@code SpecialTopics.open} starts it. */
    private ProcessInstance opened() {
        long id = IDS.incrementAndGet();
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        String.valueOf(id),
                        withVariables(
                                VAR_TOPIC_ID,
                                id,
                                VAR_LEAD_GROUPS,
                                "org:JYJ",
                                VAR_OFFICE_GROUPS,
                                "OFFICE",
                                VAR_DEADLINE,
                                date(DEADLINE),
                                VAR_REMIND_AT,
                                date(REMIND)));
        assertThat(pi).isWaitingAtExactly(TASK_RECTIFY);
        return pi;
    }

    @Test
    void theLeadUnitIsRemindedThenEscalatedSentBackOnceAndTheTopicIsAccepted() throws Exception {
        ProcessInstance pi = opened();
        assertThat(task()).hasCandidateGroup("org:JYJ").hasDueDate(date(DEADLINE));
        assertThat(job("Timer_RectifyReminder")).hasDueDate(date(REMIND));
        assertThat(runDueTimers(pi)).isEmpty();

        EngineClock.set(REMIND.plusMinutes(1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_RectifyReminder");
        EngineClock.set(DEADLINE.plusMinutes(1));
        assertThat(runDueTimers(pi)).containsExactly("Timer_RectifyOverdue");
        assertThat(pi)
                .hasPassed("Task_RemindRectify", "End_RectifyReminded", "Task_EscalateRectify", "End_RectifyEscalated")
                .isWaitingAtExactly(TASK_RECTIFY);
        verify(reminder).execute(any());
        verify(escalation).execute(any());

        complete(task());
        assertThat(pi).isWaitingAtExactly(TASK_ACCEPT);
        assertThat(task()).hasCandidateGroup("OFFICE");
        complete(task(), withVariables(VAR_ACCEPTANCE, "SEND_BACK"));
        assertThat(pi).isWaitingAtExactly(TASK_RECTIFY);
        complete(task());
        complete(task(), withVariables(VAR_ACCEPTANCE, "ACCEPT"));
        assertThat(pi)
                .hasPassedInOrder("Gateway_Accept", "Task_CloseTopic", "End_Done")
                .isEnded();
        verify(close).execute(any());
        assertThat(mocks.calls("specialTopicStepListener"))
                .extracting(Call::activityId)
                .containsExactly(TASK_RECTIFY, TASK_ACCEPT, TASK_RECTIFY, TASK_ACCEPT);
    }

    @Test
    void aTopicReportedInTimeIsAcceptedWithoutReminders() throws Exception {
        ProcessInstance pi = opened();
        complete(task());
        complete(task(), withVariables(VAR_ACCEPTANCE, "ACCEPT"));
        assertThat(pi).isEnded().hasNotPassed("Timer_RectifyReminder");
        verifyNoInteractions(reminder, escalation);
        assertThat(job()).isNull();
    }
}
