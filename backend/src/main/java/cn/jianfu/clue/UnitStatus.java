package cn.jianfu.clue;

/** Where one assigned unit stands with a clue. */
public enum UnitStatus {
    VERIFYING("待核查"),
    /** The unit returned the clue as not its business (退单); another unit may have taken its place. */
    RETURNED("已退单"),
    NOT_SUBSTANTIATED("核查不属实"),
    VERIFIED("已核查"),
    PLANNING("待报整改方案"),
    RECTIFYING("整改中"),
    ACCEPTING("待验收"),
    DONE("整改完成");

    private final String label;

    UnitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
