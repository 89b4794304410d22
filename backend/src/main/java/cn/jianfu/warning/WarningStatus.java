package cn.jianfu.warning;

/** Open until someone acknowledges it with a note; resolved by the sweep once the condition has cleared. */
public enum WarningStatus {
    OPEN("待处理"),
    ACKNOWLEDGED("已知悉"),
    RESOLVED("已消除");

    private final String label;

    WarningStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
