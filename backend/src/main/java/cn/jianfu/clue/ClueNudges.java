package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.KEY;
import static cn.jianfu.clue.ClueProcess.SUBJECT;
import static cn.jianfu.clue.ClueProcess.TASK_PLAN;
import static cn.jianfu.clue.ClueProcess.TASK_REPORT;
import static cn.jianfu.clue.ClueProcess.TASK_VERIFY;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.Nudges;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 催办 on a clue: the office nudges the units holding its verification or rectification steps. */
@Service
class ClueNudges {

    private final ClueMapper clues;
    private final Nudges nudges;
    private final AuditTrail audit;
    private final ClueDetails details;

    ClueNudges(ClueMapper clues, Nudges nudges, AuditTrail audit, ClueDetails details) {
        this.clues = clues;
        this.nudges = nudges;
        this.audit = audit;
        this.details = details;
    }

    @Transactional
    ClueDetail nudge(long id, CurrentUser user) {
        ClueAccess.requireOffice(user);
        ClueRow row = clues.lock(id);
        int steps = nudges.nudge(KEY, String.valueOf(row.id), List.of(TASK_VERIFY, TASK_PLAN, TASK_REPORT), user);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.NUDGED,
                user.getUsername(),
                user.displayName(),
                null,
                "催促承办单位办理（" + steps + "个环节）");
        return details.of(row.id, user);
    }
}
