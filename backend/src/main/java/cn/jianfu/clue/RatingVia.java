package cn.jianfu.clue;

/** Where a clue's rating came from: the reporter on the portal, or the office's call-back (回访). */
public enum RatingVia {
    PORTAL("反映人评价"),
    CALLBACK("回访评价");

    private final String label;

    RatingVia(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
