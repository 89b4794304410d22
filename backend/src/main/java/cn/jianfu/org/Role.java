package cn.jianfu.org;

/**
 * What a user may do. The role names double as the engine's candidate groups, so the inbox query
 * and the API's authorization agree on who may act on a task.
 */
public enum Role {
    APPLICANT("部门经办人"),
    REVIEWER("社会工作部审核人"),
    APPROVER("县委县政府审批人"),
    OFFICE("减负办"),
    VERIFIER("核查人员"),
    GRASSROOTS("乡镇/村社区干部"),
    ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The candidate group a task for this role is offered to. */
    public String group() {
        return name();
    }
}
