package cn.jianfu.clue;

import cn.jianfu.common.Clock;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the clue page shows of the 12345-style work-order practice: returns (退单), requests for more time
 * (延期), supervision orders (督办) and call-backs (回访).
 */
@Component
class ClueWorkOrders {

    private final ClueReturnMapper returns;
    private final ClueExtensionMapper extensions;
    private final ClueSupervisionMapper supervisions;
    private final ClueCallbackMapper callbacks;
    private final ClueMapper clues;
    private final SupervisionLimit supervisionLimit;

    ClueWorkOrders(
            ClueReturnMapper returns,
            ClueExtensionMapper extensions,
            ClueSupervisionMapper supervisions,
            ClueCallbackMapper callbacks,
            ClueMapper clues,
            SupervisionLimit supervisionLimit) {
        this.returns = returns;
        this.extensions = extensions;
        this.supervisions = supervisions;
        this.callbacks = callbacks;
        this.clues = clues;
        this.supervisionLimit = supervisionLimit;
    }

    List<ClueReturn> returns(long clueId) {
        return returns.findByClue(clueId).stream().map(ClueReturnRow::view).toList();
    }

    /** A request still pending on a step that is no longer open shows as lapsed. */
    List<ClueExtension> extensions(long clueId, List<ClueDetail.CurrentTask> open) {
        Set<String> openIds = open.stream().map(ClueDetail.CurrentTask::taskId).collect(Collectors.toSet());
        return extensions.findByClue(clueId).stream().map(e -> e.view(openIds)).toList();
    }

    /** Every order with its answer, late and overdue marks, and whether {@code user} may answer it. */
    List<ClueSupervision> supervisions(long clueId, List<ClueUnitRow> unitRows, CurrentUser user) {
        List<ClueSupervisionRow> rows = supervisions.findByClue(clueId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ClueUnitRow> units = new HashMap<>();
        unitRows.forEach(u -> units.put(u.id, u));
        LocalDateTime now = Clock.now();
        return rows.stream()
                .map(s -> new ClueSupervision(
                        s.id,
                        s.unitId,
                        s.orgId,
                        s.orgName,
                        s.requestText,
                        s.dueAt.toLocalDate(),
                        s.issuedBy,
                        s.issuedByName,
                        s.issuedAt,
                        s.answerText,
                        s.answeredBy,
                        s.answeredByName,
                        s.answeredAt,
                        s.answered() && s.answeredAt.isAfter(s.dueAt),
                        !s.answered() && now.isAfter(s.dueAt),
                        !s.answered()
                                && units.containsKey(s.unitId)
                                && ClueSupervisions.mayAnswer(units.get(s.unitId), user)))
                .toList();
    }

    /** The deadline the 督办 dialog starts from; only the office issues orders, and only on an open clue. */
    LocalDate suggestedSupervisionDue(ClueRow clue, CurrentUser user) {
        return user.has(Role.OFFICE) && !clue.status.finished() ? supervisionLimit.suggested() : null;
    }

    List<ClueCallback> callbacks(long clueId) {
        return callbacks.findByClue(clueId).stream().map(ClueCallbackRow::view).toList();
    }
}
