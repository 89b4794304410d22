package cn.jianfu.listreview;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved outcome: kept for a new period. */
@Component("listReviewKeepDelegate")
class KeepDelegate implements JavaDelegate {

    private final ListReviewSteps steps;

    KeepDelegate(ListReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.keep(ListReviewSteps.reviewId(execution));
    }
}
