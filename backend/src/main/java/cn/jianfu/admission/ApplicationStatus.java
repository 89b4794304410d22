package cn.jianfu.admission;

public enum ApplicationStatus {
    DRAFT("草稿"),
    IN_REVIEW("审核中"),
    RETURNED("退回修改"),
    IN_APPROVAL("审批中"),
    ADMITTED("已准入"),
    REFUSED("未通过"),
    WITHDRAWN("已撤回");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
