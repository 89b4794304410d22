package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.workflow.Milestone;
import cn.jianfu.workflow.MilestoneState;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdmissionMilestonesTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 30);

    private static AuditEntry e(AuditAction action, String name, String decision, int day) {
        return new AuditEntry(
                null, "ADMISSION_APPLICATION", 1L, action, "u" + day, name, decision, null, T.plusDays(day));
    }

    private static List<MilestoneState> states(List<Milestone> bar) {
        return bar.stream().map(Milestone::state).toList();
    }

    @Test
    void aDraftIsAtTheFirstStep() {
        List<Milestone> bar =
                AdmissionMilestones.of(ApplicationStatus.DRAFT, List.of(e(AuditAction.CREATED, "张三", null, 0)));
        assertThat(bar).extracting(Milestone::key).containsExactly("SUBMITTED", "REVIEWED", "APPROVED");
        assertThat(states(bar)).containsExactly(MilestoneState.CURRENT, MilestoneState.WAITING, MilestoneState.WAITING);
    }

    @Test
    void anAdmittedApplicationShowsEachStepWithItsDateAndPerson() {
        List<Milestone> bar = AdmissionMilestones.of(
                ApplicationStatus.ADMITTED,
                List.of(
                        e(AuditAction.SUBMITTED, "张三", null, 0),
                        e(AuditAction.CLAIMED, "李四", null, 1),
                        e(AuditAction.REVIEWED, "李四", "PASS", 2),
                        e(AuditAction.APPROVED, "王五", "APPROVE", 3),
                        e(AuditAction.ADMITTED, "系统", null, 3)));
        assertThat(states(bar)).containsOnly(MilestoneState.DONE);
        assertThat(bar).extracting(Milestone::at).containsExactly(T, T.plusDays(2), T.plusDays(3));
        assertThat(bar).extracting(Milestone::people).containsExactly(List.of("张三"), List.of("李四"), List.of("王五"));
    }

    @Test
    void aReturnStopsAtTheReviewAndAResubmissionStartsItAgain() {
        List<AuditEntry> returned =
                List.of(e(AuditAction.SUBMITTED, "张三", null, 0), e(AuditAction.REVIEWED, "李四", "RETURN", 1));
        List<Milestone> bar = AdmissionMilestones.of(ApplicationStatus.RETURNED, returned);
        assertThat(bar.get(1).state()).isEqualTo(MilestoneState.STOPPED);
        assertThat(bar.get(1).outcome()).isEqualTo("RETURNED");

        List<AuditEntry> again = new java.util.ArrayList<>(returned);
        again.add(e(AuditAction.RESUBMITTED, "张三", null, 4));
        bar = AdmissionMilestones.of(ApplicationStatus.IN_REVIEW, again);
        assertThat(states(bar)).containsExactly(MilestoneState.DONE, MilestoneState.CURRENT, MilestoneState.WAITING);
        assertThat(bar.get(0).at()).isEqualTo(T.plusDays(4));
        assertThat(bar.get(1).people()).isEmpty();
    }

    @Test
    void refusalsAndWithdrawalsStopTheBarWhereTheyHappen() {
        List<Milestone> refused = AdmissionMilestones.of(
                ApplicationStatus.REFUSED,
                List.of(
                        e(AuditAction.SUBMITTED, "张三", null, 0),
                        e(AuditAction.REVIEWED, "李四", "PASS", 1),
                        e(AuditAction.APPROVED, "王五", "REFUSE", 2)));
        assertThat(states(refused)).containsExactly(MilestoneState.DONE, MilestoneState.DONE, MilestoneState.STOPPED);
        assertThat(refused.get(2).outcome()).isEqualTo("REFUSED");

        List<Milestone> withdrawn = AdmissionMilestones.of(
                ApplicationStatus.WITHDRAWN,
                List.of(e(AuditAction.SUBMITTED, "张三", null, 0), e(AuditAction.WITHDRAWN, "张三", null, 1)));
        assertThat(withdrawn.get(1).state()).isEqualTo(MilestoneState.STOPPED);
        assertThat(withdrawn.get(1).outcome()).isEqualTo("WITHDRAWN");
    }

    @Test
    void anApprovalSentBackOrARecalledReviewReopensTheReview() {
        List<Milestone> sentBack = AdmissionMilestones.of(
                ApplicationStatus.IN_REVIEW,
                List.of(
                        e(AuditAction.SUBMITTED, "张三", null, 0),
                        e(AuditAction.REVIEWED, "李四", "PASS", 1),
                        e(AuditAction.APPROVED, "王五", "RETURN", 2)));
        assertThat(states(sentBack))
                .containsExactly(MilestoneState.DONE, MilestoneState.CURRENT, MilestoneState.WAITING);
        List<Milestone> recalled = AdmissionMilestones.of(
                ApplicationStatus.IN_REVIEW,
                List.of(
                        e(AuditAction.SUBMITTED, "张三", null, 0),
                        e(AuditAction.REVIEWED, "李四", "PASS", 1),
                        e(AuditAction.REVIEW_RECALLED, "李四", null, 1)));
        assertThat(recalled.get(1).state()).isEqualTo(MilestoneState.CURRENT);
    }
}
