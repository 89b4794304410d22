package cn.jianfu.admission;

import cn.jianfu.common.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Completeness rules an application must meet before it can be submitted for review. */
final class SubmissionRules {

    private SubmissionRules() {}

    /** Field name → Chinese message, empty when the application may be submitted. */
    static Map<String, String> check(ApplicationForm f) {
        Map<String, String> e = new LinkedHashMap<>();
        if (blank(f.itemName())) {
            e.put("itemName", "请填写事项名称");
        }
        if (f.category() == null) {
            e.put("category", "请选择事项类别");
        }
        if (blank(f.content())) {
            e.put("content", "请填写事项内容");
        }
        if (blank(f.performanceStandard())) {
            e.put("performanceStandard", "请填写履职标准");
        }
        if (f.leadOrgId() == null) {
            e.put("leadOrgId", "请选择牵头部门");
        }
        if (f.targetScope() == null) {
            e.put("targetScope", "请选择实施范围");
        } else if (f.targetScope() == TargetScope.SELECTED
                && f.targetTownshipIds().isEmpty()
                && f.targetVillageIds().isEmpty()) {
            e.put("targetTownshipIds", "请至少选择一个乡镇或村(社区)");
        }
        if (f.workloadHoursPerMonth() == null) {
            e.put("workloadHoursPerMonth", "请填写每村每月预计工作量");
        }
        if (f.frequency() == null) {
            e.put("frequency", "请选择工作频次");
        }
        if (f.fundingFollows() && blank(f.fundingNote())) {
            e.put("fundingNote", "选择了费随事转，请说明经费安排");
        }
        if (f.validFrom() != null && f.validTo() != null && !f.validTo().isAfter(f.validFrom())) {
            e.put("validTo", "有效期截止日期须晚于开始日期");
        } else if (f.validTo() != null
                && f.validTo()
                        .isAfter((f.validFrom() == null ? Clock.now().toLocalDate() : f.validFrom())
                                .plusYears(AdmissionListService.VALID_YEARS))) {
            e.put("validTo", "有效期最长两年：清单每两年评估一次");
        }
        if (blank(f.selfAssessment())) {
            e.put("selfAssessment", "请填写自评说明");
        }
        return e;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
