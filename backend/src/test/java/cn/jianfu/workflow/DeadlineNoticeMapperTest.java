package cn.jianfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reminders' and escalations' SQL against the real MariaDB schema; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DeadlineNoticeMapperTest {

    private static final LocalDateTime T = LocalDateTime.of(2031, 3, 7, 9, 0);

    @Autowired
    DeadlineNoticeMapper notices;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noticesOfTheGivenProcessInstancesComeBackInTheOrderTheyWereRaised() {
        notices.insert("dnm-pi-1", "Task_Review", "101", DeadlineKind.ESCALATION, T.plusDays(3));
        notices.insert("dnm-pi-2", "Task_Triage", "202", DeadlineKind.REMINDER, T);
        notices.insert("dnm-pi-1", "Task_Review", "101", DeadlineKind.REMINDER, T);
        notices.insert("dnm-pi-3", "Task_Approve", "303", DeadlineKind.REMINDER, T);

        assertThat(notices.findByProcessInstances(List.of("dnm-pi-1", "dnm-pi-2")))
                .containsExactly(
                        new DeadlineNotice("dnm-pi-1", "Task_Review", DeadlineKind.ESCALATION, T.plusDays(3)),
                        new DeadlineNotice("dnm-pi-2", "Task_Triage", DeadlineKind.REMINDER, T),
                        new DeadlineNotice("dnm-pi-1", "Task_Review", DeadlineKind.REMINDER, T));
        assertThat(notices.findByProcessInstances(Set.of("dnm-pi-3")))
                .extracting(DeadlineNotice::activityId)
                .containsExactly("Task_Approve");
        assertThat(notices.findByProcessInstances(List.of("dnm-pi-none"))).isEmpty();
    }

    @Test
    void theBusinessKeyIsOptionalAndStoredWithTheNotice() {
        notices.insert("dnm-pi-4", "Task_Verify", null, DeadlineKind.ESCALATION, T);
        notices.insert("dnm-pi-5", "Task_Verify", "𠀀505", DeadlineKind.REMINDER, T);
        assertThat(jdbc.queryForList(
                        "SELECT business_key FROM deadline_notice WHERE process_instance_id IN ('dnm-pi-4', 'dnm-pi-5') "
                                + "ORDER BY id",
                        String.class))
                .containsExactly(null, "𠀀505");
        assertThat(notices.findByProcessInstances(List.of("dnm-pi-4")))
                .singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(DeadlineKind.ESCALATION));
    }
}
