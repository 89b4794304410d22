package cn.jianfu.evaluation;

/** A rater's comment waits for the office; departments see approved ones only. */
public enum CommentStatus {
    PENDING("待审核"),
    APPROVED("已通过"),
    REJECTED("未通过");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
