package cn.jianfu.listreview;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the feedback: its summary goes into the trail. */
@Component("listReviewSummaryDelegate")
class FeedbackSummaryDelegate implements JavaDelegate {

    private final ListReviewSteps steps;

    FeedbackSummaryDelegate(ListReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.summarise(ListReviewSteps.reviewId(execution));
    }
}
