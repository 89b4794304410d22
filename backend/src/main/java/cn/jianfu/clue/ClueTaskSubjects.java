package cn.jianfu.clue;

import cn.jianfu.attachment.AttachmentAccess;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskSubjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * How the inbox, the deadline audit and the attachment store see clues. Titles never carry anything
 * about the reporter.
 */
@Component
class ClueTaskSubjects implements TaskSubjects, AttachmentAccess {

    private final ClueMapper clues;
    private final ClueAccess access;
    private final OrgService orgs;

    ClueTaskSubjects(ClueMapper clues, ClueAccess access, OrgService orgs) {
        this.clues = clues;
        this.access = access;
        this.orgs = orgs;
    }

    @Override
    public String processKey() {
        return ClueProcess.KEY;
    }

    @Override
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        Set<Long> ids = new HashSet<>();
        businessKeys.forEach(k -> ids.add(Long.parseLong(k)));
        List<ClueRow> rows = ids.isEmpty() ? List.of() : clues.findByIds(ids);
        Set<Long> orgIds = new HashSet<>();
        rows.forEach(r -> {
            if (r.reportedOrgId != null) {
                orgIds.add(r.reportedOrgId);
            }
        });
        Map<Long, OrgUnit> names = orgs.byIds(orgIds);
        Map<String, TaskSubject> result = new HashMap<>();
        rows.forEach(r -> result.put(
                String.valueOf(r.id),
                new TaskSubject(
                        r.clueNo + " " + r.category.label(),
                        r.reportedOrgId,
                        r.reportedOrgId != null && names.containsKey(r.reportedOrgId)
                                ? names.get(r.reportedOrgId).name()
                                : r.reportedUnitText)));
        return result;
    }

    /**
     * A step of one assigned unit (verification, rectification and its acceptance, run once per unit)
     * concerns that unit, so the two parallel tasks of a dual assignment are told apart; the office's
     * other steps concern the unit reported.
     */
    @Override
    public Long unitOf(String businessKey, String taskKey, Function<String, Object> variable) {
        Object unitKey = variable.apply(ClueProcess.VAR_UNIT_KEY);
        if (unitKey != null) {
            return clues.findUnit(Long.parseLong(String.valueOf(unitKey)))
                    .map(u -> u.orgId)
                    .orElse(null);
        }
        return TaskSubjects.super.unitOf(businessKey, taskKey, variable);
    }

    /** Who may act is decided by the candidate groups (the unit, verifiers, the office); nothing to veto. */
    @Override
    public void checkMayAct(String businessKey, String taskKey, CurrentUser user) {}

    @Override
    public String subjectType() {
        return ClueProcess.SUBJECT;
    }

    /** The office's own steps go to its head; the units' steps also to the unit's head. */
    @Override
    public String escalatedTo(String activityId) {
        return ClueProcess.TASK_TRIAGE.equals(activityId) || ClueProcess.TASK_REPLY.equals(activityId)
                ? "减负办负责人"
                : "减负办及承办单位负责人";
    }

    @Override
    public String ownerType() {
        return ClueProcess.SUBJECT;
    }

    @Override
    public boolean canRead(long ownerId, CurrentUser user) {
        return access.canRead(ownerId, user);
    }
}
