package cn.jianfu.clue;

import cn.jianfu.org.OrgType;

/** In a dual assignment (双交办): the grassroots unit where the problem shows, or the county department where it is rooted. */
public enum UnitRole {
    GRASSROOTS("基层单位"),
    DEPARTMENT("县级部门");

    private final String label;

    UnitRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static UnitRole of(OrgType type) {
        return type == OrgType.TOWNSHIP || type == OrgType.VILLAGE ? GRASSROOTS : DEPARTMENT;
    }
}
