package cn.jianfu.listreview;

/** Where a review stands. */
public enum ReviewStatus {
    FEEDBACK("征求基层意见"),
    PROPOSAL("牵头部门提出意见"),
    REVIEW("社会工作部审核"),
    APPROVAL("县委县政府审批"),
    KEPT("已保留"),
    CHANGED("已修订"),
    WITHDRAWN("已取消");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == KEPT || this == CHANGED || this == WITHDRAWN;
    }
}
