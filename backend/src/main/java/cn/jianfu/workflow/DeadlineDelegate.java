package cn.jianfu.workflow;

import cn.jianfu.common.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Records a reminder or an escalation for the step named by the input parameter
 * {@code deadlineActivity} and tells the owning feature through {@link DeadlinePassed}.
 */
class DeadlineDelegate implements JavaDelegate {

    static final String ACTIVITY_PARAMETER = "deadlineActivity";

    private final DeadlineKind kind;
    private final DeadlineNoticeMapper notices;
    private final ApplicationEventPublisher events;

    DeadlineDelegate(DeadlineKind kind, DeadlineNoticeMapper notices, ApplicationEventPublisher events) {
        this.kind = kind;
        this.notices = notices;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String activityId = (String) execution.getVariableLocal(ACTIVITY_PARAMETER);
        notices.insert(
                execution.getProcessInstanceId(), activityId, execution.getProcessBusinessKey(), kind, Clock.now());
        ProcessDefinition definition = execution
                .getProcessEngineServices()
                .getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId());
        String activityName =
                execution.getBpmnModelInstance().getModelElementById(activityId).getAttributeValue("name");
        events.publishEvent(new DeadlinePassed(
                definition.getKey(), execution.getProcessBusinessKey(), activityId, activityName, kind));
    }
}
