package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.SUBJECT;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.TextLimits;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办: the office issues a supervision order with a deadline to one of an open clue's assigned units
 * (not one that returned it), and a user of that unit answers it once. One open order per unit: a
 * second one, a double click or two officers at once is a 409 (the clue row is locked, and the
 * unique key on the open unit stands behind it). An answer after the deadline is taken and marked
 * late. Both are written to the clue's history; the unit's people get an in-app notice of the order.
 */
@Service
class ClueSupervisions {

    static final int MAX_REQUEST = 500;
    static final int MAX_ANSWER = 2000;

    /** The order's deadline is the end of its day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final ClueMapper clues;
    private final ClueSupervisionMapper supervisions;
    private final ClueAccess access;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final ClueDetails details;
    private final SupervisionLimit limit;
    private final ApplicationEventPublisher events;

    ClueSupervisions(
            ClueMapper clues,
            ClueSupervisionMapper supervisions,
            ClueAccess access,
            OrgService orgs,
            AuditTrail audit,
            ClueDetails details,
            SupervisionLimit limit,
            ApplicationEventPublisher events) {
        this.clues = clues;
        this.supervisions = supervisions;
        this.access = access;
        this.orgs = orgs;
        this.audit = audit;
        this.details = details;
        this.limit = limit;
        this.events = events;
    }

    @Transactional
    ClueDetail issue(long clueId, Long unitId, String request, LocalDate dueDate, CurrentUser user) {
        ClueAccess.requireOffice(user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (unitId == null) {
            errors.put("unitId", "请选择督办单位");
        }
        String text = ClueText.trim(request);
        if (text == null) {
            errors.put("request", "请填写督办要求");
        } else if (TextLimits.exceeds(text, MAX_REQUEST)) {
            errors.put("request", "督办要求不能超过" + MAX_REQUEST + "个字");
        }
        LocalDate today = Clock.now().toLocalDate();
        if (dueDate == null) {
            errors.put("dueDate", "请选择办理期限");
        } else if (!dueDate.isAfter(today)) {
            errors.put("dueDate", "办理期限须晚于今天");
        } else if (!limit.isWorkingDay(dueDate)) {
            errors.put("dueDate", "办理期限须是工作日（节假日、周末不能作为期限）");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ClueRow row = clues.lock(clueId);
        if (row.status.finished()) {
            throw ApiException.conflict("线索已办结、不予受理或已合并，不能再督办");
        }
        ClueUnitRow unit = clues.findUnit(unitId)
                .filter(u -> u.clueId.equals(row.id))
                .orElseThrow(() -> ApiException.invalid(Map.of("unitId", "督办单位须是本线索的承办单位")));
        if (unit.status == UnitStatus.RETURNED) {
            throw ApiException.invalid(Map.of("unitId", "该单位已退单，不能督办"));
        }
        if (supervisions.countOpen(unit.id) > 0) {
            throw ApiException.conflict("该单位还有未反馈的督办，请待其反馈后再督办");
        }
        LocalDateTime now = Clock.now();
        try {
            supervisions.insert(row.id, unit.id, unit.orgId, text, dueDate.atTime(END_OF_DAY), user.getUsername(), now);
        } catch (DuplicateKeyException twice) {
            throw ApiException.conflict("该单位还有未反馈的督办，请待其反馈后再督办");
        }
        long id = supervisions.findByClue(row.id).stream()
                .filter(s -> s.unitId == unit.id && !s.answered())
                .mapToLong(s -> s.id)
                .max()
                .orElseThrow();
        String orgName = orgs.get(unit.orgId).name();
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.SUPERVISION_ISSUED,
                user.getUsername(),
                user.displayName(),
                null,
                "督办" + orgName + "，办理期限" + dueDate + "：" + text);
        events.publishEvent(new SupervisionIssued(id, row.id, row.clueNo, unit.orgId, dueDate, user.displayName()));
        return details.of(row.id, user);
    }

    @Transactional
    ClueDetail answer(long clueId, long supervisionId, String answer, CurrentUser user) {
        String text = ClueText.text(answer, "answer", "请填写反馈情况", true, MAX_ANSWER);
        ClueRow row = access.readable(clueId, user);
        clues.lock(row.id);
        ClueSupervisionRow s = supervisions
                .find(supervisionId)
                .filter(x -> x.clueId == row.id)
                .orElseThrow(() -> ApiException.notFound("督办不存在"));
        ClueUnitRow unit = clues.findUnit(s.unitId).orElseThrow();
        if (!mayAnswer(unit, user)) {
            throw ApiException.forbidden("只有被督办单位本单位的人员可以反馈督办");
        }
        if (s.answered()) {
            throw ApiException.conflict("该督办已反馈，不能重复反馈");
        }
        LocalDateTime now = Clock.now();
        if (supervisions.answer(s.id, text, user.getUsername(), now) != 1) {
            throw ApiException.conflict("该督办已反馈，不能重复反馈");
        }
        boolean late = now.isAfter(s.dueAt);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.SUPERVISION_ANSWERED,
                user.getUsername(),
                user.displayName(),
                late ? "LATE" : null,
                s.orgName + (late ? "逾期反馈督办：" : "反馈督办：") + text);
        return details.of(row.id, user);
    }

    /** A user of the unit's own organisation with the unit's role: a department's 经办人, a township's or village's 干部. */
    static boolean mayAnswer(ClueUnitRow unit, CurrentUser user) {
        Role role = unit.unitRole == UnitRole.DEPARTMENT ? Role.APPLICANT : Role.GRASSROOTS;
        return unit.orgId == user.orgId() && user.has(role);
    }
}
