package cn.jianfu.testing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import cn.jianfu.common.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Time in the model-level process tests: the engine clock ({@link ClockUtil}, which the
 * application's {@link Clock} follows) is set by the test, and timers run when the test says so,
 * but only those the job executor would pick at that moment. Never {@code Thread.sleep}.
 */
public final class EngineClock {

    private EngineClock() {}

    public static void set(LocalDateTime time) {
        ClockUtil.setCurrentTime(Clock.toDate(time));
    }

    public static Date date(LocalDateTime time) {
        return Clock.toDate(time);
    }

    /**
     * Executes, earliest first, every timer of {@code pi} that is due on the engine clock, as the job
     * executor would, and answers their activity ids.
     */
    public static List<String> runDueTimers(ProcessInstance pi) {
        ManagementService management = managementService();
        List<Job> due = management
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .executable()
                .orderByJobDuedate()
                .asc()
                .list();
        List<String> ran = new ArrayList<>();
        for (Job job : due) {
            ran.add(management
                    .createJobDefinitionQuery()
                    .jobDefinitionId(job.getJobDefinitionId())
                    .singleResult()
                    .getActivityId());
            execute(job);
        }
        return ran;
    }
}
