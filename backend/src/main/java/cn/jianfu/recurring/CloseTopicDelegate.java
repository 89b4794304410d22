package cn.jianfu.recurring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The office accepted: the topic is done. */
@Component("specialTopicCloseDelegate")
class CloseTopicDelegate implements JavaDelegate {

    private final TopicSteps steps;

    CloseTopicDelegate(TopicSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.close(TopicSteps.topicId(execution));
    }
}
