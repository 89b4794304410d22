package cn.jianfu.audit;

public enum AuditAction {
    CREATED("创建草稿"),
    UPDATED("修改"),
    SUBMITTED("提交申请"),
    PRECHECKED("自动预审"),
    CLAIMED("签收"),
    REVIEWED("审核"),
    APPROVED("审批"),
    RESUBMITTED("修改后重新提交"),
    WITHDRAWN("撤回"),
    ADMITTED("列入准入清单"),
    REFUSED("不予准入"),
    REMINDED("到期提醒"),
    ESCALATED("超期督办"),
    ATTACHMENT_ADDED("上传附件"),
    ATTACHMENT_REMOVED("删除附件");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
