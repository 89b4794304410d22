package cn.jianfu.admission;

public enum Frequency {
    ONCE("一次性"),
    MONTHLY("每月"),
    QUARTERLY("每季度"),
    YEARLY("每年"),
    ONGOING("常态化");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
