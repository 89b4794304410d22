package cn.jianfu.clue;

public enum ClueStatus {
    TRIAGE("待分办"),
    NOT_ACCEPTED("不予受理"),
    MERGED("已合并"),
    VERIFYING("核查中"),
    RECTIFYING("整改中"),
    REPLYING("待答复"),
    RATING("待评价"),
    CLOSED("已办结");

    private final String label;

    ClueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Handling has ended: nothing more can be added to the clue. */
    public boolean finished() {
        return this == NOT_ACCEPTED || this == MERGED || this == CLOSED;
    }
}
