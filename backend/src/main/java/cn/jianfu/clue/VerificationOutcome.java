package cn.jianfu.clue;

public enum VerificationOutcome {
    SUBSTANTIATED("属实"),
    PARTLY_SUBSTANTIATED("部分属实"),
    NOT_SUBSTANTIATED("不属实");

    private final String label;

    VerificationOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsRectification() {
        return this != NOT_SUBSTANTIATED;
    }
}
