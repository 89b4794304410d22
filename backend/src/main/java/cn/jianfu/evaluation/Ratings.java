package cn.jianfu.evaluation;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Township and village cadres rate the departments of the rounds taking ratings, once each; they
 * alone see what they gave. The audit trail says that someone rated in the round, not whom or how.
 */
@Service
class Ratings {

    static final String ALREADY = "您已评价过该部门，每人对每个部门只能评价一次";

    private final EvaluationMapper evaluation;
    private final EvaluationRounds rounds;
    private final AuditTrail audit;

    Ratings(EvaluationMapper evaluation, EvaluationRounds rounds, AuditTrail audit) {
        this.evaluation = evaluation;
        this.rounds = rounds;
        this.audit = audit;
    }

    /** The rounds taking ratings now, with the rater's own ratings. */
    List<MyRound> mine(CurrentUser user) {
        EvaluationAccess.requireRater(user);
        return evaluation.acceptingAt(Clock.now()).stream()
                .map(r -> mine(rounds.round(r), user))
                .toList();
    }

    @Transactional
    MyRound.MyDepartment rate(long roundId, RatingForm form, CurrentUser user) {
        EvaluationAccess.requireRater(user);
        EvaluationMapper.RoundRecord r = rounds.record(roundId);
        LocalDateTime now = Clock.now();
        if (r.status() != RoundStatus.OPEN || now.isAfter(r.closesAt())) {
            throw ApiException.conflict("本轮评价已截止，不能再评价");
        }
        if (now.isBefore(r.opensAt())) {
            throw ApiException.conflict("本轮评价尚未开始");
        }
        Round round = rounds.round(r);
        Map<EvaluationDimension, Integer> scores = valid(round, form);
        long department = form.departmentId();
        if (evaluation.myRatings(roundId, user.id()).stream().anyMatch(m -> m.orgId() == department)) {
            throw ApiException.conflict(ALREADY);
        }
        EvaluationMapper.NewRow row = new EvaluationMapper.NewRow();
        try {
            evaluation.insertRating(row, roundId, department, user.id(), user.orgId(), now);
        } catch (DuplicateKeyException twice) {
            throw ApiException.conflict(ALREADY);
        }
        scores.forEach((d, score) -> evaluation.insertScore(row.id, d, score));
        String comment = form.comment() == null ? "" : form.comment().strip();
        if (!comment.isEmpty()) {
            evaluation.insertComment(row.id, roundId, department, comment);
        }
        audit.record(
                EvaluationRounds.SUBJECT,
                roundId,
                AuditAction.EVALUATION_RATED,
                user.getUsername(),
                user.displayName(),
                null,
                "提交一份评价（评价对象和得分不记入操作记录）");
        return mine(round, user).departments().stream()
                .filter(d -> d.departmentId() == department)
                .findFirst()
                .orElseThrow();
    }

    /** Every dimension of the round scored 1–5, nothing else; the department one of the round's. */
    private static Map<EvaluationDimension, Integer> valid(Round round, RatingForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.departmentId() == null) {
            errors.put("departmentId", "请选择要评价的部门");
        } else if (round.departments().stream().noneMatch(d -> d.id() == form.departmentId())) {
            errors.put("departmentId", "该部门不在本轮评价范围内");
        }
        Map<String, Integer> given = form.scores() == null ? Map.of() : form.scores();
        Map<EvaluationDimension, Integer> scores = new EnumMap<>(EvaluationDimension.class);
        for (Round.Dimension d : round.dimensions()) {
            Integer score = given.get(d.code().name());
            if (score == null || score < 1 || score > 5) {
                errors.put("scores." + d.code().name(), "请为“" + d.label() + "”打1–5分");
            } else {
                scores.put(d.code(), score);
            }
        }
        given.keySet().stream()
                .filter(k -> round.dimensions().stream()
                        .noneMatch(d -> d.code().name().equals(k)))
                .findFirst()
                .ifPresent(k -> errors.put("scores", "本轮没有这个评价维度：" + k));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return scores;
    }

    private MyRound mine(Round round, CurrentUser user) {
        Map<Long, EvaluationMapper.MyRating> rated = evaluation.myRatings(round.id(), user.id()).stream()
                .collect(Collectors.toMap(EvaluationMapper.MyRating::orgId, Function.identity()));
        Map<Long, Map<EvaluationDimension, Integer>> scores = evaluation.myScores(round.id(), user.id()).stream()
                .collect(Collectors.groupingBy(
                        EvaluationMapper.MyScore::orgId,
                        Collectors.toMap(
                                EvaluationMapper.MyScore::dimension,
                                EvaluationMapper.MyScore::score,
                                (a, b) -> a,
                                () -> new EnumMap<>(EvaluationDimension.class))));
        return new MyRound(
                round,
                round.departments().stream()
                        .map(d -> {
                            EvaluationMapper.MyRating mine = rated.get(d.id());
                            return new MyRound.MyDepartment(
                                    d.id(),
                                    d.name(),
                                    mine != null,
                                    mine == null ? null : mine.ratedAt(),
                                    scores.get(d.id()),
                                    mine == null ? null : mine.comment(),
                                    mine == null ? null : mine.commentStatus());
                        })
                        .toList());
    }
}
