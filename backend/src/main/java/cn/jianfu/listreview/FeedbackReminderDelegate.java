package cn.jianfu.listreview;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds those who have not answered before the feedback closes. */
@Component("listReviewFeedbackReminderDelegate")
class FeedbackReminderDelegate implements JavaDelegate {

    private final ListReviewSteps steps;

    FeedbackReminderDelegate(ListReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remindFeedback(ListReviewSteps.reviewId(execution));
    }
}
