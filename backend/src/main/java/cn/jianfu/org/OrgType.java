package cn.jianfu.org;

/** The kinds of organisation the platform knows, in the order a county is usually listed. */
public enum OrgType {
    COUNTY_DEPT("县级部门"),
    SOCIAL_WORK_DEPT("社会工作部"),
    LEADERSHIP_OFFICE("县委县政府办公室"),
    BURDEN_OFFICE("减负办"),
    DISCIPLINE("纪委监委"),
    TOWNSHIP("乡镇/街道"),
    VILLAGE("村/社区");

    private final String label;

    OrgType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
