package cn.jianfu.clue;

/** Descriptions the OpenAPI document repeats on several clue records (enum values in Chinese). */
final class ClueDocs {

    static final String CATEGORY = "问题类别：MEETINGS_AND_DOCUMENTS 文山会海，INSPECTIONS 督查检查考核，FINGERTIP_FORMALISM 指尖上的形式主义，"
            + "LAYERED_OVERLOADING 层层加码，TERRITORIAL_SHIFTING 属地管理转嫁责任，UNADMITTED_TASK 未经准入事项下派，"
            + "SECONDED_CADRES 借调干部，DEMONSTRATION_RATINGS 创建示范评比，CERTIFICATES_AND_SIGNBOARDS 证明事项/挂牌，OTHER 其他";
    static final String SOURCE =
            "线索来源：PORTAL 线索征集专区，VILLAGE_REFUSAL 村(社区)拒绝未准入事项，HOTLINE 热线电话，MAILBOX 意见信箱，INSPECTION 督查检查发现";
    static final String STATUS = "线索状态：TRIAGE 待分办，NOT_ACCEPTED 不予受理，MERGED 已合并，VERIFYING 核查中，RECTIFYING 整改中，"
            + "REPLYING 待答复，RATING 待评价，CLOSED 已办结";
    static final String RATING = "反映人评价：SATISFIED 满意，UNSATISFIED 不满意；未评价时为空";
    static final String TIME = "，带时区偏移，如 2026-11-23T16:05:42.123+08:00";

    private ClueDocs() {}
}
