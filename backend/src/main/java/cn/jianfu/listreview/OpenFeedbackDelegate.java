package cn.jianfu.listreview;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks the villages and townships the item reaches for their feedback. */
@Component("listReviewOpenDelegate")
class OpenFeedbackDelegate implements JavaDelegate {

    private final ListReviewSteps steps;

    OpenFeedbackDelegate(ListReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.openFeedback(ListReviewSteps.reviewId(execution));
    }
}
