package cn.jianfu.clue;

/** Where a unit's request for more time (延期申请) stands. */
public enum ExtensionStatus {
    PENDING("待审批"),
    GRANTED("已同意"),
    REFUSED("未同意"),
    /** The step was done (or ended) before the office answered: nothing left to extend. */
    LAPSED("已失效");

    private final String label;

    ExtensionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
