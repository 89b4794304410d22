package cn.jianfu.admission;

import cn.jianfu.admission.PreCheckFinding.Level;
import cn.jianfu.common.TextSimilarity;
import cn.jianfu.org.OrgService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The automatic pre-check run before every review: it does not decide, it points the reviewers at
 * what deserves a look — missing basis, items on the negative list, probable duplicates and the
 * workload the item puts on villages.
 */
@Component
class PreCheck {

    /** Name similarity (character bigrams, Jaccard) from which two items are reported as probable duplicates. */
    static final double DUPLICATE_SIMILARITY = 0.5;
    /** Hours per village per month above which the workload is flagged. */
    static final BigDecimal HEAVY_HOURS = new BigDecimal("8");

    static final int MIN_BASIS_LENGTH = 8;

    private final OrgService orgs;
    private final AdmissionListService list;
    private final ApplicationMapper applications;

    PreCheck(OrgService orgs, AdmissionListService list, ApplicationMapper applications) {
        this.orgs = orgs;
        this.list = list;
        this.applications = applications;
    }

    record Result(List<PreCheckFinding> findings, int villageCount, BigDecimal totalHours) {}

    Result run(ApplicationRow app, List<Long> townshipIds) {
        List<PreCheckFinding> findings = new ArrayList<>();
        if (app.legalBasis == null || app.legalBasis.strip().length() < MIN_BASIS_LENGTH) {
            findings.add(new PreCheckFinding("MISSING_BASIS", Level.WARN, "未填写或未具体写明法定、政策依据"));
        }
        negativeList(app, findings);
        if (!app.fundingFollows) {
            findings.add(new PreCheckFinding("NO_FUNDING", Level.INFO, "未安排随事转移的工作经费（费随事转）"));
        }
        duplicates(app, findings);

        int villages = orgs.countVillages(app.targetScope == TargetScope.SELECTED ? townshipIds : null);
        BigDecimal perVillage = app.workloadHoursPerMonth == null ? BigDecimal.ZERO : app.workloadHoursPerMonth;
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
        return new Result(findings, villages, total);
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

    private void duplicates(ApplicationRow app, List<PreCheckFinding> findings) {
        if (app.itemName == null) {
            return;
        }
        for (AdmissionItem item : list.active()) {
            if (similarity(app.itemName, item.itemName()) >= DUPLICATE_SIMILARITY) {
                findings.add(new PreCheckFinding(
                        "DUPLICATE_ITEM",
                        Level.WARN,
                        "可能与准入清单已有事项重复：" + item.listNo() + "《" + item.itemName() + "》（" + item.leadOrgName() + "）",
                        Map.of(
                                "listNo",
                                item.listNo(),
                                "itemName",
                                item.itemName(),
                                "leadOrg",
                                Objects.requireNonNullElse(item.leadOrgName(), ""))));
            }
        }
        for (ApplicationRow other : applications.findInFlight(app.id)) {
            if (other.itemName != null && similarity(app.itemName, other.itemName) >= DUPLICATE_SIMILARITY) {
                findings.add(new PreCheckFinding(
                        "DUPLICATE_APPLICATION",
                        Level.WARN,
                        "可能与正在办理的申请重复：第" + other.id + "号《" + other.itemName + "》",
                        Map.of("applicationId", String.valueOf(other.id), "itemName", other.itemName)));
            }
        }
    }

    static double similarity(String a, String b) {
        return TextSimilarity.of(a, b);
    }
}
