package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import cn.jianfu.testing.ProcessMocks.Call;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The approval-centre paths of {@code bpmn/admission.bpmn}: 加签 (co-signers after a passed review,
 * each a step of their own, one objection sends it back) and the reviewer's 撤回 while the approval
 * waits.
 */
class AdmissionCoSignProcessTest extends AdmissionProcessTesting {

    /** The reviewer passes with {@code coSigners} co-signers added to this review. */
    private static void passWithCoSigners(int coSigners) {
        Task review = task();
        complete(
                review,
                withVariables(
                        VAR_REVIEW_DECISION,
                        "PASS",
                        VAR_CO_SIGNER_COUNT,
                        coSigners,
                        VAR_CO_SIGN_ROUND,
                        review.getId(),
                        VAR_CO_SIGN_OBJECTED,
                        false));
    }

    private static List<Task> coSignSteps(ProcessInstance pi) {
        return taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_CO_SIGN)
                .list();
    }

    @Test
    void aPassedReviewGoesToApprovalOnceEveryCoSignerAgrees() {
        ProcessInstance pi = submitted(IDS.incrementAndGet());
        passWithCoSigners(2);
        assertThat(pi).isWaitingAt(TASK_CO_SIGN);
        List<Task> steps = coSignSteps(pi);
        assertThat(steps).hasSize(2);
        assertThat(mocks.calls("admissionCoSignListener")).hasSize(2);

        complete(steps.get(0));
        assertThat(pi).isWaitingAt(TASK_CO_SIGN);
        assertThat(coSignSteps(pi)).hasSize(1);
        complete(steps.get(1));

        assertThat(pi).isWaitingAtExactly(TASK_APPROVE);
        assertThat(pi)
                .hasPassedInOrder(
                        TASK_REVIEW,
                        "Gateway_CoSignNeeded",
                        TASK_CO_SIGN,
                        "Gateway_CoSignOutcome",
                        "Gateway_ReviewDecision");
    }

    @Test
    void oneObjectionEndsTheCoSigningAndSendsTheApplicationBackToTheReviewer() {
        ProcessInstance pi = submitted(IDS.incrementAndGet());
        passWithCoSigners(3);
        List<Task> steps = coSignSteps(pi);
        complete(steps.get(0));
        complete(steps.get(1), withVariables(VAR_CO_SIGN_OBJECTED, true));

        assertThat(pi).isWaitingAtExactly(TASK_REVIEW);
        assertThat(coSignSteps(pi))
                .as("the third co-signer is not asked any more")
                .isEmpty();
        assertThat(pi).hasNotPassed(TASK_APPROVE);
        assertThat(mocks.calls("admissionStepListener"))
                .extracting(Call::activityId)
                .containsExactly(TASK_REVIEW, TASK_REVIEW);

        // the review starts over: passed without co-signers this time, it goes straight on
        decide(VAR_REVIEW_DECISION, "PASS", null);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE);
    }

    @Test
    void aReturnDoesNotAskTheCoSigners() {
        ProcessInstance pi = submitted(IDS.incrementAndGet());
        Task review = task();
        complete(
                review,
                withVariables(
                        VAR_REVIEW_DECISION,
                        "RETURN",
                        VAR_CO_SIGNER_COUNT,
                        0,
                        VAR_CO_SIGN_ROUND,
                        review.getId(),
                        VAR_CO_SIGN_OBJECTED,
                        false));
        assertThat(pi).isWaitingAtExactly(TASK_REVISE).hasNotPassed(TASK_CO_SIGN);
        verifyNoInteractions(admit);
    }

    @Test
    void theReviewerTakesBackAPassWhileTheApprovalWaits() throws Exception {
        ProcessInstance pi = submitted(IDS.incrementAndGet());
        decide(VAR_REVIEW_DECISION, "PASS", null);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE);

        runtimeService()
                .createMessageCorrelation(MESSAGE_REVIEW_RECALLED)
                .processInstanceId(pi.getId())
                .correlate();
        assertThat(pi)
                .hasPassedInOrder(TASK_REVIEW, TASK_APPROVE, "Message_ReviewRecalledInApproval")
                .isWaitingAtExactly(TASK_REVIEW);
        assertThat(task()).hasCandidateGroup("REVIEWER");

        decide(VAR_REVIEW_DECISION, "PASS", null);
        decide(VAR_APPROVAL_DECISION, "APPROVE", null);
        assertThat(pi).isEnded();
        verify(admit).execute(any());
    }
}
