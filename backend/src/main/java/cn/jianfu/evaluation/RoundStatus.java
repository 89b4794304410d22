package cn.jianfu.evaluation;

/** A round takes ratings while OPEN (and within its dates); once CLOSED its results go to the departments. */
public enum RoundStatus {
    OPEN("进行中"),
    CLOSED("已结束");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
