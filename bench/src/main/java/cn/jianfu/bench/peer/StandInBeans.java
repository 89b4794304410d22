package cn.jianfu.bench.peer;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A no-op Spring bean for every bean {@code bpmn/admission.bpmn} names (its
 * {@code delegateExpression}s and the {@code deadlines} expression bean): the engine resolves and
 * calls them exactly as in Jianfu, and they do no work of their own. The due dates are fixed
 * offsets (Jianfu counts working days), far enough away that no timer fires during a run.
 */
@Configuration
class StandInBeans {

    private static final JavaDelegate NOTHING = execution -> {};
    private static final TaskListener NOTHING_ON_CREATE = task -> {};

    @Bean
    JavaDelegate admissionPreCheckDelegate() {
        return NOTHING;
    }

    @Bean
    JavaDelegate admissionAdmitDelegate() {
        return NOTHING;
    }

    @Bean
    JavaDelegate admissionRefuseDelegate() {
        return NOTHING;
    }

    @Bean
    JavaDelegate admissionWithdrawnDelegate() {
        return NOTHING;
    }

    @Bean
    JavaDelegate deadlineReminderDelegate() {
        return NOTHING;
    }

    @Bean
    JavaDelegate deadlineEscalationDelegate() {
        return NOTHING;
    }

    @Bean
    TaskListener admissionStepListener() {
        return NOTHING_ON_CREATE;
    }

    @Bean
    TaskListener admissionCoSignListener() {
        return NOTHING_ON_CREATE;
    }

    @Bean
    Deadlines deadlines() {
        return new Deadlines();
    }

    /** {@code ${deadlines.dueAt(execution, 'review')}} and {@code remindAt}: five and four days on. */
    public static final class Deadlines {

        public Date dueAt(DelegateExecution execution, String step) {
            return Date.from(Instant.now().plus(Duration.ofDays(5)));
        }

        public Date remindAt(DelegateExecution execution, String step) {
            return Date.from(Instant.now().plus(Duration.ofDays(4)));
        }
    }
}
