package cn.jianfu.recurring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On every user task's creation: the topic's status follows the step it reached. */
@Component("specialTopicStepListener")
class StepListener implements TaskListener {

    private final TopicSteps steps;

    StepListener(TopicSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.reached(TopicSteps.topicId(task.getExecution()), task.getTaskDefinitionKey());
    }
}
