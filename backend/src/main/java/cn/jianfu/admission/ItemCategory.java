package cn.jianfu.admission;

public enum ItemCategory {
    BASIC("基本履职事项"),
    COOPERATIVE("配合履职事项"),
    NEW("新增事项");

    private final String label;

    ItemCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
