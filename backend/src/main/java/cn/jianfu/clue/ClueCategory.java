package cn.jianfu.clue;

/** What kind of burden a clue reports (the categories of the county's clue collection zone). */
public enum ClueCategory {
    MEETINGS_AND_DOCUMENTS("文山会海"),
    INSPECTIONS("督查检查考核"),
    FINGERTIP_FORMALISM("指尖上的形式主义"),
    LAYERED_OVERLOADING("层层加码"),
    TERRITORIAL_SHIFTING("属地管理转嫁责任"),
    UNADMITTED_TASK("未经准入事项下派"),
    SECONDED_CADRES("借调干部"),
    DEMONSTRATION_RATINGS("创建示范评比"),
    CERTIFICATES_AND_SIGNBOARDS("证明事项/挂牌"),
    OTHER("其他");

    private final String label;

    ClueCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
