package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.CopiedTo;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on clues. The office, verifiers, admins and the county leadership read every
 * clue; a unit reads the clues assigned to it, a township also those of its villages; only the office and verifiers ever see who reported a clue. Acting on a
 * step is decided by the step's candidate groups (see {@link ClueTasks}).
 */
@Component
class ClueAccess {

    private final ClueMapper clues;
    private final OrgService orgs;

    private final CopiedTo copiedTo;

    ClueAccess(ClueMapper clues, OrgService orgs, CopiedTo copiedTo) {
        this.clues = clues;
        this.orgs = orgs;
        this.copiedTo = copiedTo;
    }

    /** The office and the like read every clue; a unit the clues assigned to it (a township its villages'), and anyone it was copied to (抄送). */
    boolean canRead(long clueId, CurrentUser user) {
        return readsAll(user)
                || clues.isAssignedTo(clueId, user.orgId())
                || (user.orgType() == OrgType.TOWNSHIP && clues.isAssignedWithin(clueId, user.orgId()))
                || copiedTo.reads(ClueProcess.SUBJECT, clueId, user);
    }

    /** The clue, if {@code user} may read it; otherwise "not found", so its existence does not leak. */
    ClueRow readable(long id, CurrentUser user) {
        return clues.findById(id).filter(r -> canRead(r.id, user)).orElseThrow(() -> ApiException.notFound("线索不存在"));
    }

    /** The office, verifiers, admins and the county leadership (approvers of the leadership office). */
    static boolean readsAll(CurrentUser user) {
        return user.hasAny(Role.OFFICE, Role.VERIFIER, Role.ADMIN) || leadership(user);
    }

    static boolean leadership(CurrentUser user) {
        return user.has(Role.APPROVER) && user.orgType() == OrgType.LEADERSHIP_OFFICE;
    }

    /**
     * Whether the list of {@code unitOrgId}'s clues is open to {@code user}: their own unit's, and a
     * township's villages' to the township.
     */
    boolean mayListUnit(long unitOrgId, CurrentUser user) {
        return unitOrgId == user.orgId()
                || readsAll(user)
                || (user.orgType() == OrgType.TOWNSHIP
                        && orgs.get(unitOrgId).parentId() != null
                        && orgs.get(unitOrgId).parentId() == user.orgId());
    }

    static boolean maySeeReporter(CurrentUser user) {
        return user.hasAny(Role.OFFICE, Role.VERIFIER);
    }

    static void requireOffice(CurrentUser user) {
        if (!user.has(Role.OFFICE)) {
            throw ApiException.forbidden("只有减负办可以办理此事项");
        }
    }

    static void requireOfficeOrVerifier(CurrentUser user) {
        if (!user.hasAny(Role.OFFICE, Role.VERIFIER)) {
            throw ApiException.forbidden("没有权限执行此操作");
        }
    }
}
