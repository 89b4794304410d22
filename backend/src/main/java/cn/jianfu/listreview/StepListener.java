package cn.jianfu.listreview;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On every user task's creation: the review's status follows the step it reached. */
@Component("listReviewStepListener")
class StepListener implements TaskListener {

    private final ListReviewSteps steps;

    StepListener(ListReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.reached(ListReviewSteps.reviewId(task.getExecution()), task.getTaskDefinitionKey());
    }
}
