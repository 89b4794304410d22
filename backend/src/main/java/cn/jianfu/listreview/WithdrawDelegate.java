package cn.jianfu.listreview;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved outcome: withdrawn from today. */
@Component("listReviewWithdrawDelegate")
class WithdrawDelegate implements JavaDelegate {

    private final ListReviewSteps steps;

    WithdrawDelegate(ListReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.withdraw(ListReviewSteps.reviewId(execution));
    }
}
