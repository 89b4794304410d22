package cn.jianfu.recurring;

/** How clues are grouped into recurring problems. */
public enum GroupBy {
    CATEGORY("问题类别"),
    UNIT("承办单位"),
    TOWNSHIP("乡镇"),
    TEXT("相似内容");

    private final String label;

    GroupBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
