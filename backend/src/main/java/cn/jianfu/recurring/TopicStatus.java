package cn.jianfu.recurring;

/** Where a special topic stands. */
public enum TopicStatus {
    RECTIFYING("整治中"),
    ACCEPTING("待验收"),
    DONE("已办结");

    private final String label;

    TopicStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
