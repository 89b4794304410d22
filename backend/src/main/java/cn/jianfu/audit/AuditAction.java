package cn.jianfu.audit;

public enum AuditAction {
    CREATED("创建草稿"),
    UPDATED("修改"),
    SUBMITTED("提交申请"),
    PRECHECKED("自动预审"),
    CLAIMED("签收"),
    UNCLAIMED("取消签收"),
    REVIEWED("审核"),
    APPROVED("审批"),
    RESUBMITTED("修改后重新提交"),
    WITHDRAWN("撤回"),
    ADMITTED("列入准入清单"),
    REFUSED("不予准入"),
    REMINDED("到期提醒"),
    ESCALATED("超期督办"),
    NUDGED("催办"),
    ATTACHMENT_ADDED("上传附件"),
    ATTACHMENT_REMOVED("删除附件"),
    CLUE_RECEIVED("收到线索"),
    SUPPLEMENTED("反映人补充"),
    NOT_ACCEPTED("不予受理"),
    MERGED("合并办理"),
    ASSIGNED("交办"),
    VERIFIED("核查"),
    PLANNED("报送整改方案"),
    RECTIFICATION_REPORTED("报送整改报告"),
    RECTIFICATION_CHECKED("整改验收"),
    REPLIED("答复反映人"),
    RATED("反映人评价"),
    REOPENED("重新整改"),
    CLOSED("办结"),
    TYPICAL_FLAGGED("典型问题通报"),
    SYNONYMS_ADDED("新增同义词组"),
    SYNONYMS_CHANGED("修改同义词组"),
    SYNONYMS_DELETED("删除同义词组"),
    CAPACITY_CHANGED("调整承载力"),
    WARNING_ACKNOWLEDGED("知悉预警"),
    REVIEW_STARTED("启动复评"),
    FEEDBACK_GIVEN("基层反馈"),
    FEEDBACK_CLOSED("结束意见征求"),
    REVIEW_PROPOSED("牵头部门提出复评意见"),
    PROPOSAL_REVIEWED("审核复评意见"),
    PROPOSAL_APPROVED("审批复评意见"),
    ITEM_KEPT("保留准入事项"),
    ITEM_CHANGED("修订准入事项"),
    ITEM_WITHDRAWN("取消准入事项"),
    TOPIC_OPENED("专项治理立项"),
    TOPIC_CLUE_LINKED("线索纳入专项治理"),
    TOPIC_REPORTED("牵头单位报告整治情况"),
    TOPIC_ACCEPTED("专项治理验收通过"),
    TOPIC_SENT_BACK("专项治理退回继续整治"),
    TOPIC_CLOSED("专项治理办结"),
    EVALUATION_OPENED("开启基层评价"),
    EVALUATION_CLOSED("结束基层评价"),
    EVALUATION_RATED("提交基层评价"),
    EVALUATION_COMMENT_SCREENED("审核评价意见"),
    CALENDAR_DAY_ADDED("新增节假日安排"),
    CALENDAR_DAY_CHANGED("修改节假日安排"),
    CALENDAR_DAY_REMOVED("删除节假日安排");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
