package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on clues. The office, verifiers and admins read every clue; a unit reads the
 * clues assigned to it; only the office and verifiers ever see who reported a clue. Acting on a
 * step is decided by the step's candidate groups (see {@link ClueTasks}).
 */
@Component
class ClueAccess {

    private final ClueMapper clues;

    ClueAccess(ClueMapper clues) {
        this.clues = clues;
    }

    boolean canRead(long clueId, CurrentUser user) {
        return readsAll(user) || clues.isAssignedTo(clueId, user.orgId());
    }

    /** The clue, if {@code user} may read it; otherwise "not found", so its existence does not leak. */
    ClueRow readable(long id, CurrentUser user) {
        return clues.findById(id).filter(r -> canRead(r.id, user)).orElseThrow(() -> ApiException.notFound("线索不存在"));
    }

    static boolean readsAll(CurrentUser user) {
        return user.hasAny(Role.OFFICE, Role.VERIFIER, Role.ADMIN);
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
