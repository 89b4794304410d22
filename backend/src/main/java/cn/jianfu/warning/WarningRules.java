package cn.jianfu.warning;

import cn.jianfu.burden.BurdenProjection;
import cn.jianfu.common.Clock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final MultiLeadRules multiLead;
    private final WarningSettings settings;
    /** The evaluation's anonymity threshold: a score is used only when this many people gave it. */
    private final int minRaters;

    WarningRules(
            WarningMapper warnings,
            BurdenProjection burden,
            MultiLeadRules multiLead,
            WarningSettings settings,
            @Value("${jianfu.evaluation.min-raters:3}") int minRaters) {
        this.warnings = warnings;
        this.burden = burden;
        this.multiLead = multiLead;
        this.settings = settings;
        this.minRaters = minRaters;
    }

    /** What every rule finds now; the tasks with a due date are read once for both step rules. */
    Map<WarningRule, List<Finding>> findAll() {
        Map<WarningRule, List<Finding>> all = new EnumMap<>(WarningRule.class);
        all.put(WarningRule.VILLAGE_OVER_CAPACITY, overCapacity());
        all.put(WarningRule.MULTI_LEAD, multiLead.find());
        all.put(WarningRule.SIMILAR_CLUES, multiLead.similarClues());
        LocalDateTime now = Clock.now();
        List<WarningMapper.DueTask> due = warnings.tasksDueBefore(now.plus(settings.dueSoon()));
        all.put(WarningRule.STEP_DUE_SOON, steps(due, now, false));
        all.put(WarningRule.STEP_OVERDUE, steps(due, now, true));
        all.put(WarningRule.ITEM_EXPIRING, expiring());
        all.put(WarningRule.REVIEW_OVERRUN, reviewsOverrun());
        all.put(WarningRule.REPEATED_SUBSTANTIATED, repeated());
        all.put(WarningRule.RECTIFICATION_SENT_BACK, sentBack());
        all.put(WarningRule.LOW_EVALUATION_SCORE, lowEvaluation());
        return all;
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

    private static List<Finding> steps(List<WarningMapper.DueTask> due, LocalDateTime now, boolean overdue) {
        return due.stream()
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
        return warnings.itemsExpiring(today, today.plusDays(settings.expiringDays())).stream()
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

    /** Items whose review did not end before their validity did: off the list, villages may refuse them. */
    private List<Finding> reviewsOverrun() {
        return warnings.reviewsOverrun(Clock.now().toLocalDate()).stream()
                .map(r -> new Finding(
                        WarningRule.REVIEW_OVERRUN,
                        Severity.SERIOUS,
                        "ITEM",
                        String.valueOf(r.itemId()),
                        r.listNo() + " " + r.itemName(),
                        r.leadOrgId(),
                        Map.of("expiryDate", r.expiryDate().toString(), "reviewId", String.valueOf(r.reviewId()))))
                .toList();
    }

    private List<Finding> repeated() {
        LocalDateTime since = Clock.now().minusDays(settings.repeatedDays());
        return warnings.repeatedSubstantiated(since, settings.repeatedClues()).stream()
                .map(u -> new Finding(
                        WarningRule.REPEATED_SUBSTANTIATED,
                        u.clues() >= 2L * settings.repeatedClues() ? Severity.SERIOUS : Severity.WARNING,
                        "ORG",
                        String.valueOf(u.orgId()),
                        u.orgName(),
                        u.orgId(),
                        Map.of("clues", String.valueOf(u.clues()), "days", String.valueOf(settings.repeatedDays()))))
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

    /** Departments the grassroots rated low in their latest closed round (enough raters only; no count given). */
    private List<Finding> lowEvaluation() {
        BigDecimal below = BigDecimal.valueOf(settings.lowEvaluationScore());
        return warnings.lowEvaluationScores(minRaters, below).stream()
                .map(d -> {
                    BigDecimal average = d.average().setScale(2, RoundingMode.HALF_UP);
                    return new Finding(
                            WarningRule.LOW_EVALUATION_SCORE,
                            average.compareTo(BigDecimal.valueOf(2)) < 0 ? Severity.SERIOUS : Severity.WARNING,
                            "ORG",
                            String.valueOf(d.orgId()),
                            d.orgName(),
                            d.orgId(),
                            Map.of(
                                    "round", d.roundName(),
                                    "roundId", String.valueOf(d.roundId()),
                                    "average", average.toPlainString(),
                                    "below", below.stripTrailingZeros().toPlainString()));
                })
                .toList();
    }
}
