package cn.jianfu.listreview;

/** The social work department's decision on a proposal; the county's approval uses the same two. */
public enum ReviewDecision {
    PASS("通过"),
    RETURN("退回");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
