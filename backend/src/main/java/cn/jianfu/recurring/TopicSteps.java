package cn.jianfu.recurring;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What the topic's engine steps do (called by the package's delegate and step listener). */
@Component
class TopicSteps {

    private final RecurringMapper mapper;
    private final AuditTrail audit;

    TopicSteps(RecurringMapper mapper, AuditTrail audit) {
        this.mapper = mapper;
        this.audit = audit;
    }

    void reached(long topicId, String taskKey) {
        mapper.updateStatus(
                topicId,
                SpecialTopicProcess.TASK_ACCEPT.equals(taskKey) ? TopicStatus.ACCEPTING : TopicStatus.RECTIFYING,
                null);
    }

    void close(long topicId) {
        mapper.updateStatus(topicId, TopicStatus.DONE, Clock.now());
        audit.recordSystem(SpecialTopicProcess.SUBJECT, topicId, AuditAction.TOPIC_CLOSED, "专项治理办结");
    }

    static long topicId(DelegateExecution execution) {
        return ((Number) execution.getVariable(SpecialTopicProcess.VAR_TOPIC_ID)).longValue();
    }
}
