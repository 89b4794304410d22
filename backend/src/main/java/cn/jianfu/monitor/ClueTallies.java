package cn.jianfu.monitor;

import cn.jianfu.common.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboard's daily clue tallies (V22) up to date: every write to a clue or its units
 * marks the clue's day stale in its own transaction ({@code ClueMapper.markTallyStale}); this
 * recomputes the stale days from the clue tables before the dashboard reads them, and once a
 * minute on one node ({@link ClueTallySchedule}) so that readers rarely have to.
 *
 * <p>Safe with several nodes: a refresh first takes the single turn row, so two refreshes run one
 * after the other; it reads committed rows only (read committed) and forgets exactly the marks it
 * read, so a change committed meanwhile keeps its mark for the next refresh.
 */
@Service
public class ClueTallies {

    private static final Logger log = LoggerFactory.getLogger(ClueTallies.class);

    /** Marks read per round; a refresh runs rounds until none are left. */
    static final int BATCH = 2000;

    /** Rounds per refresh at most, so that a flood of changes cannot keep one reader refreshing. */
    static final int MAX_ROUNDS = 20;

    private final ClueTallyMapper tallies;
    private final TransactionTemplate tx;

    ClueTallies(ClueTallyMapper tallies, PlatformTransactionManager transactions) {
        this.tallies = tallies;
        this.tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Recomputes every day changed since the last refresh; answers how many days it recomputed. */
    public int refreshStale() {
        int days = 0;
        for (int round = 0; round < MAX_ROUNDS && tallies.anyStale(); round++) {
            Integer done = tx.execute(status -> refreshRound());
            if (done == null || done == 0) {
                break;
            }
            days += done;
        }
        return days;
    }

    /** One round: up to {@link #BATCH} marks, each of their days recomputed once. */
    private int refreshRound() {
        tallies.takeTurn(Clock.now());
        List<ClueTallyMapper.StaleMark> marks = tallies.staleMarks(BATCH);
        if (marks.isEmpty()) {
            return 0;
        }
        TreeSet<Integer> days = new TreeSet<>();
        marks.forEach(m -> days.add(m.dayKey()));
        days.forEach(this::recompute);
        tallies.forget(marks.stream().map(ClueTallyMapper.StaleMark::id).toList());
        log.debug("clue tallies: recomputed {} day(s) for {} change(s)", days.size(), marks.size());
        return days.size();
    }

    private void recompute(int dayKey) {
        LocalDate day = DayKeys.day(dayKey);
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = day.plusDays(1).atStartOfDay();
        tallies.deleteUnitDay(dayKey);
        tallies.deleteScopeDay(dayKey);
        tallies.deleteTownshipDay(dayKey);
        tallies.insertUnitDay(dayKey, from, to);
        tallies.insertScopeDay(dayKey, from, to);
        tallies.insertTownshipDay(dayKey, from, to);
    }
}
