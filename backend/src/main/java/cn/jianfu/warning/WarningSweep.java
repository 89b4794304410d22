package cn.jianfu.warning;

import cn.jianfu.common.Clock;
import cn.jianfu.notify.Notice;
import cn.jianfu.notify.NoticeBoard;
import cn.jianfu.notify.NoticeKind;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates every rule and brings the warnings up to date: a subject found again keeps its warning
 * (last seen now), a new one opens a warning, and a warning whose subject is no longer found is
 * resolved. Safe to run on two nodes at once: each rule's transaction first takes the one sweep turn
 * row, so two sweeps apply their findings one after the other (neither resolves what the other has
 * just found, and their writes cannot deadlock); the open key is unique, so a subject never has two
 * open warnings; the scheduler also takes a lock (see {@link WarningSchedule}).
 */
@Service
public class WarningSweep {

    private static final Logger log = LoggerFactory.getLogger(WarningSweep.class);

    private final WarningRules rules;
    private final WarningMapper warnings;
    private final TransactionTemplate tx;
    private final NoticeBoard notices;
    private final AtomicLong sweepsRun = new AtomicLong();

    WarningSweep(WarningRules rules, WarningMapper warnings, TransactionTemplate tx, NoticeBoard notices) {
        this.rules = rules;
        this.warnings = warnings;
        this.tx = tx;
        this.notices = notices;
    }

    /** Runs every rule, bringing each rule's warnings up to date in its own transaction; answers how many subjects each rule found. */
    public Map<WarningRule, Integer> sweep() {
        LocalDateTime seen = Clock.now();
        String sweepId = UUID.randomUUID().toString();
        Map<WarningRule, List<Finding>> findings = rules.findAll();
        Map<WarningRule, Integer> found = new EnumMap<>(WarningRule.class);
        for (WarningRule rule : WarningRule.values()) {
            found.put(rule, applyOnce(rule, findings.get(rule), seen, sweepId));
        }
        log.debug("warning sweep {} on this node at {}: {}", sweepsRun.incrementAndGet(), seen, found);
        return found;
    }

    /** How many sweeps this node has run since it started. */
    long sweepsRun() {
        return sweepsRun.get();
    }

    /** One rule in one transaction; tried again once when it met another sweep's locks (deadlock, lock wait). */
    private int applyOnce(WarningRule rule, List<Finding> findings, LocalDateTime seen, String sweepId) {
        try {
            return tx.execute(status -> apply(rule, findings, seen, sweepId));
        } catch (TransientDataAccessException busy) {
            log.info("warning sweep met another one on {}, trying again: {}", rule, busy.getMessage());
            return tx.execute(status -> apply(rule, findings, seen, sweepId));
        }
    }

    private int apply(WarningRule rule, List<Finding> findings, LocalDateTime seen, String sweepId) {
        warnings.takeSweepTurn(rule, seen, sweepId);
        findings.forEach(f -> upsert(f, seen, sweepId));
        warnings.resolveUnseen(rule, seen, sweepId);
        return findings.size();
    }

    private void upsert(Finding f, LocalDateTime seen, String sweepId) {
        if (warnings.refresh(f, seen, sweepId) > 0) {
            return;
        }
        try {
            warnings.insert(f, seen, sweepId);
        } catch (DuplicateKeyException another) {
            // another sweep opened it a moment ago
            warnings.refresh(f, seen, sweepId);
            return;
        }
        if (f.orgId() != null) {
            notices.postToOrg(
                    new Notice(
                            NoticeKind.WARNING_RAISED,
                            "warning:" + f.openKey() + ":" + seen,
                            "WARNING",
                            f.subjectKey(),
                            f.rule().label() + "：" + f.subjectName(),
                            "/warnings",
                            Map.of("rule", f.rule().name())),
                    f.orgId());
        }
    }
}
