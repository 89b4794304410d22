package cn.jianfu.workflow.calendar;

/** How a day differs from the plain week. */
public enum SpecialDayKind {
    /** A day off (放假): a Monday to Friday listed so is not a working day. */
    HOLIDAY("放假"),
    /** 调休上班: a Saturday or Sunday worked to make up for a holiday, so a working day. */
    MAKEUP_WORKDAY("调休上班");

    private final String label;

    SpecialDayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
