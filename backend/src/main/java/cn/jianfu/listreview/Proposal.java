package cn.jianfu.listreview;

/** What the lead department proposes for its item. */
public enum Proposal {
    KEEP("保留"),
    CHANGE("修订"),
    WITHDRAW("取消");

    private final String label;

    Proposal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
