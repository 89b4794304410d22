package cn.jianfu.admission;

import java.util.ArrayList;
import java.util.List;

/**
 * The organisations an application names besides its applicant: the cooperating departments, and
 * the townships and villages it chose when its scope is SELECTED. Read in one query.
 */
record ApplicationOrgs(List<Long> cooperating, List<Long> townships, List<Long> villages) {

    /** One row of {@code admission_application_org}. */
    record Link(String relation, long orgId) {}

    static ApplicationOrgs of(List<Link> links) {
        List<Long> cooperating = new ArrayList<>();
        List<Long> townships = new ArrayList<>();
        List<Long> villages = new ArrayList<>();
        for (Link link : links) {
            switch (link.relation()) {
                case ApplicationMapper.COOPERATING -> cooperating.add(link.orgId());
                case ApplicationMapper.TOWNSHIP -> townships.add(link.orgId());
                case ApplicationMapper.VILLAGE -> villages.add(link.orgId());
                default -> throw new IllegalStateException("unknown organisation relation " + link.relation());
            }
        }
        return new ApplicationOrgs(List.copyOf(cooperating), List.copyOf(townships), List.copyOf(villages));
    }

    /** The chosen townships, then the chosen villages. */
    List<Long> targets() {
        List<Long> ids = new ArrayList<>(townships);
        ids.addAll(villages);
        return ids;
    }
}
