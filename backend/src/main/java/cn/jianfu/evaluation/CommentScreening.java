package cn.jianfu.evaluation;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.security.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office reads the raters' comments (never who wrote them) and approves or rejects each once. */
@Service
class CommentScreening {

    static final String SUBJECT = "EVALUATION_COMMENT";

    private final EvaluationMapper evaluation;
    private final EvaluationRounds rounds;
    private final AuditTrail audit;

    CommentScreening(EvaluationMapper evaluation, EvaluationRounds rounds, AuditTrail audit) {
        this.evaluation = evaluation;
        this.rounds = rounds;
        this.audit = audit;
    }

    List<ScreenedComment> list(long roundId, CommentStatus status, CurrentUser user) {
        EvaluationAccess.requireManager(user);
        rounds.record(roundId);
        return evaluation.comments(roundId, status).stream()
                .map(ScreenedComment::of)
                .toList();
    }

    @Transactional
    ScreenedComment screen(long commentId, CommentStatus decision, CurrentUser user) {
        EvaluationAccess.requireManager(user);
        if (decision != CommentStatus.APPROVED && decision != CommentStatus.REJECTED) {
            throw ApiException.invalid(Map.of("decision", "请选择通过或不通过"));
        }
        EvaluationMapper.CommentRecord c =
                evaluation.lockComment(commentId).orElseThrow(() -> ApiException.notFound("没有这条评价意见"));
        if (c.status() != CommentStatus.PENDING
                || evaluation.screen(commentId, decision, user.getUsername(), user.displayName(), Clock.now()) == 0) {
            throw ApiException.conflict("这条意见已经审核过了（" + c.status().label() + "）");
        }
        audit.record(
                SUBJECT,
                commentId,
                AuditAction.EVALUATION_COMMENT_SCREENED,
                user.getUsername(),
                user.displayName(),
                decision.name(),
                decision.label() + "：对" + c.orgName() + "的意见");
        return ScreenedComment.of(evaluation.lockComment(commentId).orElseThrow());
    }
}
