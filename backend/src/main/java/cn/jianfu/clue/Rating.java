package cn.jianfu.clue;

public enum Rating {
    SATISFIED("满意"),
    UNSATISFIED("不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
