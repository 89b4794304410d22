package cn.jianfu.listreview;

/** What a village or township says of an item it carries. */
public enum FeedbackVerdict {
    NECESSARY("有必要"),
    WORKABLE("可以承担"),
    TOO_HEAVY("负担过重"),
    SHOULD_REMOVE("建议取消");

    private final String label;

    FeedbackVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
