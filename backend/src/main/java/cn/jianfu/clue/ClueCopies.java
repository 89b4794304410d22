package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.SUBJECT;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.CaseCopies;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 抄送 of a clue: the office copies it to people or organisations, who may then read it (not the reporter's contact). */
@Service
class ClueCopies {

    private final ClueMapper clues;
    private final CaseCopies copies;
    private final AuditTrail audit;

    ClueCopies(ClueMapper clues, CaseCopies copies, AuditTrail audit) {
        this.clues = clues;
        this.copies = copies;
        this.audit = audit;
    }

    @Transactional
    void copy(long id, List<String> usernames, List<Long> orgIds, CurrentUser user) {
        ClueAccess.requireOffice(user);
        clues.lockById(id).orElseThrow(() -> ApiException.notFound("线索不存在"));
        String whom = copies.copy(SUBJECT, id, usernames, orgIds, user);
        audit.record(SUBJECT, id, AuditAction.COPIED, user.getUsername(), user.displayName(), null, whom);
    }
}
