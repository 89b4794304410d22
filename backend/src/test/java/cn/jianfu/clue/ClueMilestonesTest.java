package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.workflow.Milestone;
import cn.jianfu.workflow.MilestoneState;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClueMilestonesTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 30);

    private static AuditEntry e(AuditAction action, String name, int day) {
        return new AuditEntry(null, "CLUE", 1L, action, "u" + day, name, null, null, T.plusDays(day));
    }

    private static ClueDetail.Unit unit(
            long id, UnitStatus status, VerificationOutcome outcome, Integer verified, Integer accepted) {
        return new ClueDetail.Unit(
                id,
                id,
                "单位" + id,
                UnitRole.GRASSROOTS,
                status,
                status.label(),
                outcome,
                null,
                verified == null ? null : T.plusDays(verified),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                accepted == null ? null : T.plusDays(accepted),
                0);
    }

    private static List<MilestoneState> states(List<Milestone> bar) {
        return bar.stream().map(Milestone::state).toList();
    }

    @Test
    void aClueWaitingForTriageIsAtItsFirstStep() {
        List<Milestone> bar = ClueMilestones.of(ClueStatus.TRIAGE, null, null, null, List.of(), List.of());
        assertThat(bar).extracting(Milestone::key).containsExactly("ASSIGNED", "VERIFIED", "RECTIFIED", "ANSWERED");
        assertThat(bar.get(0).state()).isEqualTo(MilestoneState.CURRENT);
    }

    @Test
    void aClueNotAcceptedStopsAtTheFirstStep() {
        List<Milestone> bar = ClueMilestones.of(
                ClueStatus.NOT_ACCEPTED, null, null, T, List.of(), List.of(e(AuditAction.NOT_ACCEPTED, "赵办", 0)));
        assertThat(bar).hasSize(1);
        assertThat(bar.get(0).state()).isEqualTo(MilestoneState.STOPPED);
        assertThat(bar.get(0).outcome()).isEqualTo("NOT_ACCEPTED");
        assertThat(bar.get(0).people()).containsExactly("赵办");
    }

    @Test
    void verificationIsDoneOnlyWhenEveryUnitThatKeptTheClueHasVerified() {
        List<AuditEntry> history = List.of(e(AuditAction.ASSIGNED, "赵办", 0), e(AuditAction.VERIFIED, "钱村", 1));
        List<Milestone> oneLeft = ClueMilestones.of(
                ClueStatus.VERIFYING,
                T,
                null,
                null,
                List.of(
                        unit(1, UnitStatus.VERIFIED, VerificationOutcome.SUBSTANTIATED, 1, null),
                        unit(2, UnitStatus.VERIFYING, null, null, null)),
                history);
        assertThat(states(oneLeft))
                .containsExactly(
                        MilestoneState.DONE, MilestoneState.CURRENT, MilestoneState.WAITING, MilestoneState.WAITING);
        assertThat(oneLeft.get(0).people()).containsExactly("赵办");
        assertThat(oneLeft.get(0).at()).isEqualTo(T);

        List<Milestone> otherReturned = ClueMilestones.of(
                ClueStatus.RECTIFYING,
                T,
                null,
                null,
                List.of(
                        unit(1, UnitStatus.PLANNING, VerificationOutcome.SUBSTANTIATED, 1, null),
                        unit(2, UnitStatus.RETURNED, null, null, null)),
                history);
        assertThat(states(otherReturned))
                .containsExactly(
                        MilestoneState.DONE, MilestoneState.DONE, MilestoneState.CURRENT, MilestoneState.WAITING);
        assertThat(otherReturned.get(1).people()).containsExactly("钱村");
        assertThat(otherReturned.get(1).at()).isEqualTo(T.plusDays(1));
    }

    @Test
    void aFullyHandledClueNamesEveryoneInOrder() {
        List<Milestone> bar = ClueMilestones.of(
                ClueStatus.CLOSED,
                T,
                T.plusDays(9),
                T.plusDays(12),
                List.of(
                        unit(1, UnitStatus.DONE, VerificationOutcome.SUBSTANTIATED, 1, 7),
                        unit(2, UnitStatus.DONE, VerificationOutcome.PARTLY_SUBSTANTIATED, 2, 8)),
                List.of(
                        e(AuditAction.ASSIGNED, "赵办", 0),
                        e(AuditAction.VERIFIED, "钱村", 1),
                        e(AuditAction.VERIFIED, "孙局", 2),
                        e(AuditAction.RECTIFICATION_REPORTED, "钱村", 5),
                        e(AuditAction.RECTIFICATION_REPORTED, "孙局", 6),
                        e(AuditAction.RECTIFICATION_REPORTED, "钱村", 7),
                        e(AuditAction.REPLIED, "赵办", 9)));
        assertThat(states(bar)).containsOnly(MilestoneState.DONE);
        assertThat(bar).extracting(Milestone::at).containsExactly(T, T.plusDays(2), T.plusDays(8), T.plusDays(9));
        assertThat(bar.get(1).people()).containsExactly("钱村", "孙局");
        assertThat(bar.get(2).people()).containsExactly("钱村", "孙局");
        assertThat(bar.get(3).people()).containsExactly("赵办");
    }

    @Test
    void aProblemNotSubstantiatedGoesFromVerificationStraightToTheAnswer() {
        List<Milestone> bar = ClueMilestones.of(
                ClueStatus.REPLYING,
                T,
                null,
                null,
                List.of(unit(1, UnitStatus.NOT_SUBSTANTIATED, VerificationOutcome.NOT_SUBSTANTIATED, 1, null)),
                List.of(e(AuditAction.ASSIGNED, "赵办", 0), e(AuditAction.VERIFIED, "钱村", 1)));
        assertThat(bar).extracting(Milestone::key).containsExactly("ASSIGNED", "VERIFIED", "ANSWERED");
        assertThat(bar.get(1).outcome()).isEqualTo("NOT_SUBSTANTIATED");
        assertThat(bar.get(2).state()).isEqualTo(MilestoneState.CURRENT);
    }

    @Test
    void theReporterSeesEachStepByTheDoersUnitAndTwoPeopleOfOneUnitOnce() {
        // the user names u0, u1, u2 stand for 赵办 of the office and 钱村, 李村 of one village
        java.util.Map<String, String> unitOf = java.util.Map.of("u0", "减负办", "u1", "东关社区", "u2", "东关社区");
        List<Milestone> bar = ClueMilestones.of(
                ClueStatus.RECTIFYING,
                T,
                null,
                null,
                List.of(unit(1, UnitStatus.RECTIFYING, VerificationOutcome.SUBSTANTIATED, 2, null)),
                List.of(
                        e(AuditAction.ASSIGNED, "赵办", 0),
                        e(AuditAction.VERIFIED, "钱村", 1),
                        e(AuditAction.VERIFIED, "李村", 2),
                        new AuditEntry(null, "CLUE", 1L, AuditAction.SUPPLEMENTED, null, "反映人", null, null, T)),
                entry -> entry.actorUsername() == null ? null : unitOf.get(entry.actorUsername()));
        assertThat(bar.get(0).people()).containsExactly("减负办");
        assertThat(bar.get(1).people()).containsExactly("东关社区");
        assertThat(bar).flatExtracting(Milestone::people).doesNotContain("赵办", "钱村", "李村", "反映人");
        assertThat(bar.get(1).at()).isEqualTo(T.plusDays(2));
    }
}
