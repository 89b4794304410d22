package cn.jianfu.workflow;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two deadline delegates the BPMN models reference by name. */
@Configuration
class DeadlineDelegates {

    @Bean
    JavaDelegate deadlineReminderDelegate(DeadlineNoticeMapper notices, ApplicationEventPublisher events) {
        return new DeadlineDelegate(DeadlineKind.REMINDER, notices, events);
    }

    @Bean
    JavaDelegate deadlineEscalationDelegate(DeadlineNoticeMapper notices, ApplicationEventPublisher events) {
        return new DeadlineDelegate(DeadlineKind.ESCALATION, notices, events);
    }
}
