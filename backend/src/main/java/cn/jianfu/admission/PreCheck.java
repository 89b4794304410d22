package cn.jianfu.admission;

import cn.jianfu.admission.PreCheckFinding.Level;
import cn.jianfu.burden.BurdenProjection;
import cn.jianfu.burden.ProjectedLoad;
import cn.jianfu.search.NegativeListScreen;
import cn.jianfu.search.NegativeMention;
import cn.jianfu.search.NegativePractice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The automatic pre-check run before every review: it does not decide, it points the reviewers at
 * what deserves a look — missing basis, items on the negative list (ticked, or only spoken of in
 * the application's own text), probable duplicates and 多头指派, and the workload the item puts
 * on villages.
 */
@Component
class PreCheck {

    /** Hours per village per month above which the workload is flagged. */
    static final BigDecimal HEAVY_HOURS = new BigDecimal("8");

    static final int MIN_BASIS_LENGTH = 8;

    /** How many villages an over-capacity finding names (the reviewers see all of them in the burden table). */
    static final int NAMED_VILLAGES = 5;

    private final BurdenProjection burden;
    private final PreCheckDuplicates duplicates;
    private final NegativeListScreen screen;

    PreCheck(BurdenProjection burden, PreCheckDuplicates duplicates, NegativeListScreen screen) {
        this.burden = burden;
        this.duplicates = duplicates;
        this.screen = screen;
    }

    record Result(List<PreCheckFinding> findings, int villageCount, BigDecimal totalHours) {}

    /** @param targetOrgIds the townships and villages chosen, when the scope is SELECTED */
    Result run(ApplicationRow app, List<Long> targetOrgIds) {
        List<PreCheckFinding> findings = new ArrayList<>();
        if (app.legalBasis == null || app.legalBasis.strip().length() < MIN_BASIS_LENGTH) {
            findings.add(new PreCheckFinding("MISSING_BASIS", Level.WARN, "未填写或未具体写明法定、政策依据"));
        }
        negativeList(app, findings);
        negativeText(app, findings);
        if (!app.fundingFollows) {
            findings.add(new PreCheckFinding("NO_FUNDING", Level.INFO, "未安排随事转移的工作经费（费随事转）"));
        }
        findings.addAll(duplicates.find(app));

        BigDecimal perVillage = app.workloadHoursPerMonth == null ? BigDecimal.ZERO : app.workloadHoursPerMonth;
        List<ProjectedLoad> reached = burden.project(app.targetScope != TargetScope.SELECTED, targetOrgIds, perVillage);
        int villages = reached.size();
        BigDecimal total = perVillage.multiply(BigDecimal.valueOf(villages)).setScale(1, RoundingMode.HALF_UP);
        Level level = perVillage.compareTo(HEAVY_HOURS) > 0 ? Level.WARN : Level.INFO;
        String hours = perVillage.stripTrailingZeros().toPlainString();
        findings.add(new PreCheckFinding(
                "WORKLOAD",
                level,
                "涉及 " + villages + " 个村(社区)，每村每月约 " + hours + " 小时，合计每月约 " + total.toPlainString() + " 小时"
                        + (level == Level.WARN ? "，单村负担较重" : ""),
                Map.of(
                        "villages", String.valueOf(villages),
                        "hoursPerVillage", hours,
                        "totalHours", total.toPlainString(),
                        "heavy", String.valueOf(level == Level.WARN))));
        overCapacity(reached, findings);
        return new Result(findings, villages, total);
    }

    /** The villages this item would push over their capacity ({@code OVER_CAPACITY}), heaviest first. */
    private static void overCapacity(List<ProjectedLoad> reached, List<PreCheckFinding> findings) {
        List<ProjectedLoad> pushed =
                reached.stream().filter(ProjectedLoad::pushedOver).toList();
        long already = reached.stream()
                .filter(v -> !v.pushedOver() && v.overCapacity())
                .count();
        if (pushed.isEmpty() && already == 0) {
            return;
        }
        String named = pushed.stream()
                .limit(NAMED_VILLAGES)
                .map(ProjectedLoad::villageName)
                .collect(Collectors.joining("、"));
        findings.add(new PreCheckFinding(
                "OVER_CAPACITY",
                Level.WARN,
                (pushed.isEmpty()
                                ? ""
                                : "将使 " + pushed.size() + " 个村(社区)超出承载力（" + named
                                        + (pushed.size() > NAMED_VILLAGES ? "等" : "") + "）")
                        + (pushed.isEmpty() || already == 0 ? "" : "；")
                        + (already == 0 ? "" : (pushed.isEmpty() ? "" : "另有 ") + already + " 个村(社区)已超出承载力"),
                Map.of(
                        "pushed", String.valueOf(pushed.size()),
                        "already", String.valueOf(already),
                        "villages", named,
                        "more", String.valueOf(pushed.size() > NAMED_VILLAGES))));
    }

    private static void negativeList(ApplicationRow app, List<PreCheckFinding> findings) {
        if (app.requiresDataReporting) {
            findings.add(negative("DATA_REPORTING", "要求村(社区)填报数据、报表"));
        }
        if (app.requiresAppOrChatGroup) {
            findings.add(negative("APP_OR_CHAT_GROUP", "要求使用政务App、小程序或工作群（指尖上的形式主义）"));
        }
        if (app.requiresCheckIn) {
            findings.add(negative("CHECK_IN", "要求打卡签到"));
        }
        if (app.requiresPhotoProof) {
            findings.add(negative("PHOTO_PROOF", "要求拍照留痕"));
        }
        if (app.requiresSignboard) {
            findings.add(negative("SIGNBOARD", "要求村(社区)挂牌"));
        }
        if (app.requiresCertificate) {
            findings.add(negative("CERTIFICATE", "要求村(社区)出具证明"));
        }
    }

    private static PreCheckFinding negative(String code, String what) {
        return new PreCheckFinding("NEGATIVE_" + code, Level.WARN, "涉及负面清单事项：" + what);
    }

    /**
     * Negative-list practices the name, content or performance standard speak of while the matching
     * box is not ticked ({@code NEGATIVE_TEXT_<PRACTICE>}, param {@code phrase}); pledges and
     * signatures have no box, so they are reported whenever the text speaks of them.
     */
    private void negativeText(ApplicationRow app, List<PreCheckFinding> findings) {
        String text = Stream.of(app.itemName, app.content, app.performanceStandard)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        for (NegativeMention mention : screen.screen(text)) {
            if (ticked(app, mention.practice())) {
                continue;
            }
            boolean hasBox = mention.practice() != NegativePractice.PLEDGE;
            findings.add(new PreCheckFinding(
                    "NEGATIVE_TEXT_" + mention.practice().name(),
                    Level.WARN,
                    "申请内容提到“" + mention.phrase() + "”，涉及负面清单事项："
                            + mention.practice().label() + (hasBox ? "，但未勾选相应选项" : ""),
                    Map.of("phrase", mention.phrase())));
        }
    }

    private static boolean ticked(ApplicationRow app, NegativePractice practice) {
        return switch (practice) {
            case CHECK_IN -> app.requiresCheckIn;
            case APP_OR_CHAT_GROUP -> app.requiresAppOrChatGroup;
            case PHOTO_PROOF -> app.requiresPhotoProof;
            case SIGNBOARD -> app.requiresSignboard;
            case CERTIFICATE -> app.requiresCertificate;
            case DATA_REPORTING -> app.requiresDataReporting;
            case PLEDGE -> false;
        };
    }
}
