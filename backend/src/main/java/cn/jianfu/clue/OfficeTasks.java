package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's steps after the units: accepting each unit's rectification (or sending it back),
 * and the reply the reporter reads (反馈). After the reply the reporter has
 * {@code jianfu.clue.rating-days} to rate.
 */
@Service
class OfficeTasks {

    private final ClueTasks tasks;
    private final ClueMapper clues;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final ClueDetails details;

    OfficeTasks(ClueTasks tasks, ClueMapper clues, OrgService orgs, AuditTrail audit, ClueDetails details) {
        this.tasks = tasks;
        this.clues = clues;
        this.orgs = orgs;
        this.audit = audit;
        this.details = details;
    }

    @Transactional
    ClueDetail checkRectification(String taskId, AcceptDecision decision, String comment, CurrentUser user) {
        ClueAccess.requireOffice(user);
        if (decision == null) {
            throw ApiException.invalid(Map.of("decision", "请选择验收意见"));
        }
        boolean accepted = decision == AcceptDecision.ACCEPT;
        String why = ClueText.text(comment, "comment", "退回时请说明需要补充或改正的内容", !accepted, ClueText.MAX_COMMENT);
        Task task = tasks.require(taskId, TASK_ACCEPT, user);
        ClueRow row = clues.lock(tasks.clueId(task));
        ClueUnitRow unit = tasks.unit(task);
        if (accepted) {
            clues.markUnitAccepted(unit.id, Clock.now());
        } else {
            clues.sendUnitBack(unit.id);
        }
        clues.markTallyStale(row.id);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.RECTIFICATION_CHECKED,
                user.getUsername(),
                user.displayName(),
                decision.name(),
                orgs.get(unit.orgId).name() + (accepted ? "：验收通过" : "：退回重报") + ClueText.optional(why));
        tasks.complete(task, user, Map.of(VAR_ACCEPT_DECISION, decision.name()));
        return details.of(row.id, user);
    }

    @Transactional
    ClueDetail reply(String taskId, String reply, CurrentUser user) {
        ClueAccess.requireOffice(user);
        String text = ClueText.text(reply, "reply", "请填写答复内容", true);
        Task task = tasks.require(taskId, TASK_REPLY, user);
        ClueRow row = clues.lock(tasks.clueId(task));
        LocalDateTime now = Clock.now();
        clues.markReplied(row.id, text, now);
        clues.markTallyStale(row.id);
        clues.insertMessage(row.id, ClueMessage.Kind.REPLY, text, now);
        audit.record(SUBJECT, row.id, AuditAction.REPLIED, user.getUsername(), user.displayName(), null, text);
        tasks.complete(task, user, Map.of());
        return details.of(row.id, user);
    }
}
