package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.*;
import static cn.jianfu.testing.EngineClock.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.ProcessMocks;
import cn.jianfu.testing.ProcessTestEngine;
import cn.jianfu.workflow.Deadlines;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code bpmn/admission.bpmn} deployed alone on the standalone test engine: delegates and listeners
 * are mocks, {@code deadlines} answers fixed dates; what every admission process test starts from.
 */
abstract class AdmissionProcessTesting {

    static final AtomicLong IDS = new AtomicLong(1000);

    static final LocalDateTime MONDAY = LocalDateTime.of(2030, 3, 4, 9, 0);
    static final Date REVIEW_REMIND = date(LocalDateTime.of(2030, 3, 8, 9, 0));
    static final Date REVIEW_DUE = date(LocalDateTime.of(2030, 3, 11, 9, 0));
    static final Date APPROVAL_REMIND = date(LocalDateTime.of(2030, 3, 15, 9, 0));
    static final Date APPROVAL_DUE = date(LocalDateTime.of(2030, 3, 18, 9, 0));

    final ProcessMocks mocks = new ProcessMocks();
    JavaDelegate preCheck;
    JavaDelegate admit;
    JavaDelegate refuse;
    JavaDelegate withdrawn;
    JavaDelegate reminder;
    JavaDelegate escalation;
    TaskListener steps;
    Deadlines deadlines;

    @BeforeAll
    static void deployTheModelAlone() {
        ProcessTestEngine.deploy(AdmissionProcess.RESOURCE);
    }

    @BeforeEach
    void engineAndMocks() {
        init(ProcessTestEngine.get());
        EngineClock.set(MONDAY);
        preCheck = mocks.delegate("admissionPreCheckDelegate");
        admit = mocks.delegate("admissionAdmitDelegate");
        refuse = mocks.delegate("admissionRefuseDelegate");
        withdrawn = mocks.delegate("admissionWithdrawnDelegate");
        reminder = mocks.delegate("deadlineReminderDelegate");
        escalation = mocks.delegate("deadlineEscalationDelegate");
        steps = mocks.listener("admissionStepListener");
        mocks.listener("admissionCoSignListener");
        deadlines = mocks.bean("deadlines", mock(Deadlines.class));
        when(deadlines.remindAt(any(), eq("review"))).thenReturn(REVIEW_REMIND);
        when(deadlines.dueAt(any(), eq("review"))).thenReturn(REVIEW_DUE);
        when(deadlines.remindAt(any(), eq("approval"))).thenReturn(APPROVAL_REMIND);
        when(deadlines.dueAt(any(), eq("approval"))).thenReturn(APPROVAL_DUE);
    }

    @AfterEach
    void resetClockAndMocks() {
        ClockUtil.reset();
        ProcessMocks.reset();
        AbstractAssertions.reset();
    }

    /** Started as {@code AdmissionService.submit} starts it. */
    ProcessInstance submitted(long applicationId) {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        String.valueOf(applicationId),
                        withVariables(
                                VAR_APPLICATION_ID,
                                applicationId,
                                VAR_APPLICANT,
                                "jiaoyu",
                                VAR_REVIEW_GROUPS,
                                "REVIEWER",
                                VAR_APPROVE_GROUPS,
                                "APPROVER"));
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW);
        return pi;
    }

    /** The engine gets the decision only; the comment stays in the domain tables (utf8mb4). */
    static void decide(String variable, String decision, String comment) {
        Map<String, Object> variables = new HashMap<>(withVariables(variable, decision));
        if (VAR_REVIEW_DECISION.equals(variable)) {
            variables.putAll(withVariables(
                    VAR_CO_SIGNER_COUNT, 0, VAR_CO_SIGN_ROUND, task().getId(), VAR_CO_SIGN_OBJECTED, false));
        }
        complete(task(), variables);
    }

    void withdraw(ProcessInstance pi) {
        runtimeService()
                .createMessageCorrelation(MESSAGE_WITHDRAWN)
                .processInstanceId(pi.getId())
                .correlate();
    }
}
