package cn.jianfu.listreview;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved outcome: a new version of the item. */
@Component("listReviewChangeDelegate")
class ChangeDelegate implements JavaDelegate {

    private final ListReviewSteps steps;

    ChangeDelegate(ListReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.change(ListReviewSteps.reviewId(execution));
    }
}
