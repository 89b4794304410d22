package cn.jianfu.admission;

/** Descriptions the OpenAPI document repeats on several admission records (enum values in Chinese). */
final class AdmissionDocs {

    static final String STATUS =
            "申请状态：DRAFT 草稿，IN_REVIEW 审核中，RETURNED 退回修改，IN_APPROVAL 审批中，ADMITTED 已准入，REFUSED 未通过，WITHDRAWN 已撤回";
    static final String CATEGORY = "事项类别：BASIC 基本履职事项，COOPERATIVE 配合履职事项，NEW 新增事项";
    static final String SCOPE = "实施范围：ALL 全县所有村(社区)，SELECTED 指定乡镇/街道下的村(社区)";
    static final String FREQUENCY = "工作频次：ONCE 一次性，MONTHLY 每月，QUARTERLY 每季度，YEARLY 每年，ONGOING 常态化";
    static final String TIME = "，带时区偏移，如 2026-11-23T16:05:42.123+08:00";

    private AdmissionDocs() {}
}
