package cn.jianfu.warning;

import cn.jianfu.burden.BurdenProjection;
import cn.jianfu.common.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What each rule finds now. The thresholds are settings ({@code jianfu.warnings.*}); the queries
 * are the database's.
 */
@Component
class WarningRules {

    private final WarningMapper warnings;
    private final BurdenProjection burden;
    private final int expiringDays;
    private final Duration dueSoon;
    private final int repeatedAtLeast;
    private final int repeatedDays;

    WarningRules(
            WarningMapper warnings,
            BurdenProjection burden,
            @Value("${jianfu.warnings.expiring-days:90}") int expiringDays,
            @Value("${jianfu.warnings.due-soon:PT24H}") Duration dueSoon,
            @Value("${jianfu.warnings.repeated-clues:3}") int repeatedAtLeast,
            @Value("${jianfu.warnings.repeated-days:180}") int repeatedDays) {
        this.warnings = warnings;
        this.burden = burden;
        this.expiringDays = expiringDays;
        this.dueSoon = dueSoon;
        this.repeatedAtLeast = repeatedAtLeast;
        this.repeatedDays = repeatedDays;
    }

    List<Finding> find(WarningRule rule) {
        return switch (rule) {
            case VILLAGE_OVER_CAPACITY -> overCapacity();
            case MULTI_LEAD -> multiLead();
            case STEP_DUE_SOON -> steps(false);
            case STEP_OVERDUE -> steps(true);
            case ITEM_EXPIRING -> expiring();
            case REPEATED_SUBSTANTIATED -> repeated();
            case RECTIFICATION_SENT_BACK -> sentBack();
        };
    }

    private List<Finding> overCapacity() {
        return burden.overCapacityNow().stream()
                .map(v -> new Finding(
                        WarningRule.VILLAGE_OVER_CAPACITY,
                        v.loadRatio() != null && v.loadRatio().doubleValue() >= 1.2
                                ? Severity.SERIOUS
                                : Severity.WARNING,
                        "VILLAGE",
                        String.valueOf(v.villageId()),
                        v.villageName(),
                        v.villageId(),
                        Map.of(
                                "hours", v.hours().toPlainString(),
                                "capacity", v.capacity().toPlainString(),
                                "items", String.valueOf(v.items()),
                                "township", v.townshipName() == null ? "" : v.townshipName())))
                .toList();
    }

    /** Applications in flight whose pre-check found a similar item or application led by another department. */
    private List<Finding> multiLead() {
        Map<Long, List<WarningMapper.DuplicateFinding>> byApp = warnings.duplicateFindingsInFlight().stream()
                .filter(f -> f.params() != null && "true".equals(f.params().get("multiDepartment")))
                .collect(Collectors.groupingBy(
                        WarningMapper.DuplicateFinding::applicationId, LinkedHashMap::new, Collectors.toList()));
        return byApp.values().stream()
                .map(list -> {
                    WarningMapper.DuplicateFinding first = list.get(0);
                    return new Finding(
                            WarningRule.MULTI_LEAD,
                            Severity.WARNING,
                            "APPLICATION",
                            String.valueOf(first.applicationId()),
                            first.itemName(),
                            first.applicantOrgId(),
                            Map.of(
                                    "similarTo", first.params().getOrDefault("itemName", ""),
                                    "otherLead", first.params().getOrDefault("leadOrg", ""),
                                    "similar", String.valueOf(list.size())));
                })
                .toList();
    }

    private List<Finding> steps(boolean overdue) {
        LocalDateTime now = Clock.now();
        return warnings.tasksDueBefore(now.plus(dueSoon)).stream()
                .filter(t -> t.dueDate().isBefore(now) == overdue)
                .map(t -> new Finding(
                        overdue ? WarningRule.STEP_OVERDUE : WarningRule.STEP_DUE_SOON,
                        overdue ? Severity.SERIOUS : Severity.WARNING,
                        "TASK",
                        t.taskId(),
                        t.taskName(),
                        null,
                        Map.of(
                                "process", t.processKey(),
                                "businessKey", t.businessKey() == null ? "" : t.businessKey(),
                                "dueAt",
                                        t.dueDate()
                                                .truncatedTo(ChronoUnit.MINUTES)
                                                .toString())))
                .toList();
    }

    private List<Finding> expiring() {
        LocalDate today = Clock.now().toLocalDate();
        return warnings.itemsExpiring(today, today.plusDays(expiringDays)).stream()
                .map(i -> {
                    long days = ChronoUnit.DAYS.between(today, i.expiryDate());
                    return new Finding(
                            WarningRule.ITEM_EXPIRING,
                            days <= 30 ? Severity.WARNING : Severity.NOTICE,
                            "ITEM",
                            String.valueOf(i.id()),
                            i.listNo() + " " + i.itemName(),
                            i.leadOrgId(),
                            Map.of("expiryDate", i.expiryDate().toString(), "days", String.valueOf(days)));
                })
                .toList();
    }

    private List<Finding> repeated() {
        LocalDateTime since = Clock.now().minusDays(repeatedDays);
        return warnings.repeatedSubstantiated(since, repeatedAtLeast).stream()
                .map(u -> new Finding(
                        WarningRule.REPEATED_SUBSTANTIATED,
                        u.clues() >= 2L * repeatedAtLeast ? Severity.SERIOUS : Severity.WARNING,
                        "ORG",
                        String.valueOf(u.orgId()),
                        u.orgName(),
                        u.orgId(),
                        Map.of("clues", String.valueOf(u.clues()), "days", String.valueOf(repeatedDays))))
                .toList();
    }

    private List<Finding> sentBack() {
        return warnings.rectificationsSentBack(2).stream()
                .map(u -> new Finding(
                        WarningRule.RECTIFICATION_SENT_BACK,
                        u.sendBackCount() >= 3 ? Severity.SERIOUS : Severity.WARNING,
                        "CLUE_UNIT",
                        String.valueOf(u.clueUnitId()),
                        u.clueNo() + " " + u.orgName(),
                        u.orgId(),
                        Map.of(
                                "clueId", String.valueOf(u.clueId()),
                                "clueNo", u.clueNo(),
                                "times", String.valueOf(u.sendBackCount()))))
                .toList();
    }
}
