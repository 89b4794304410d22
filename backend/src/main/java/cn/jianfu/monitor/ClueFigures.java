package cn.jianfu.monitor;

import cn.jianfu.common.Clock;
import cn.jianfu.monitor.ClueDashboard.Month;
import cn.jianfu.monitor.ClueDashboard.Totals;
import cn.jianfu.monitor.ClueDashboard.UnitRow;
import cn.jianfu.monitor.MonitorMapper.MonthCounts;
import cn.jianfu.monitor.MonitorMapper.Tally;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The clue section of the dashboard: every figure a database aggregate, narrowed to the user's scope. */
@Service
public class ClueFigures {

    /** Months the trend fills in between the period's bounds, at most. */
    static final int MAX_MONTHS = 36;

    private final MonitorMapper figures;
    private final ClueVocabulary vocabulary;

    ClueFigures(MonitorMapper figures, ClueVocabulary vocabulary) {
        this.figures = figures;
        this.vocabulary = vocabulary;
    }

    public ClueDashboard of(DashboardPeriod period, CurrentUser user) {
        DashboardScope scope = DashboardScope.of(user);
        LocalDateTime from = period.start();
        LocalDateTime to = period.end();
        LocalDateTime now = Clock.now();
        List<MonthCounts> counts = figures.monthCounts(from, to, scope);
        List<MonitorMapper.MonthTally> tallies = figures.monthTallies(from, to, now, scope);
        return new ClueDashboard(
                period.from(),
                period.to(),
                scope,
                totals(counts, tallies),
                ClueMonitor.counts(vocabulary.categories(), figures.categoryCounts(from, to, scope)),
                figures.townshipCounts(from, to, scope),
                months(period, counts, tallies),
                units(from, to, now, scope));
    }

    /** Every unit county-wide is ranked among its kind; the user gets the rows of their scope. */
    List<UnitRow> units(LocalDateTime from, LocalDateTime to, LocalDateTime now, DashboardScope scope) {
        List<MonitorMapper.UnitTally> tallies = figures.unitTallies(from, to, now);
        List<UnitRow> rows = tallies.stream()
                .map(t -> row(t.orgId(), t.name(), t.type(), t.tally()))
                .toList();
        Map<Long, Long> parents = tallies.stream()
                .filter(t -> t.parentId() != null)
                .collect(Collectors.toMap(MonitorMapper.UnitTally::orgId, MonitorMapper.UnitTally::parentId));
        return UnitRanking.ranked(rows).stream()
                .filter(r -> scope.shows(r.orgId(), parents.get(r.orgId())))
                .sorted(Comparator.comparing(
                                (UnitRow r) -> r.closure().value(), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(UnitRow::assigned, Comparator.reverseOrder())
                        .thenComparing(UnitRow::orgId))
                .toList();
    }

    private static UnitRow row(long orgId, String name, String type, Tally t) {
        return new UnitRow(
                orgId,
                name,
                type,
                t.assigned(),
                t.closed(),
                Rate.of(t.respondedOnTime(), t.responseDue()),
                Rate.of(t.resolved(), t.substantiated()),
                Rate.of(t.satisfied(), t.rated()),
                Rate.of(t.closed(), t.assigned()),
                Rate.of(t.onTime(), t.finished()),
                null);
    }

    /** The period's sums of the per-month aggregates. */
    private static Totals totals(List<MonthCounts> counts, List<MonitorMapper.MonthTally> tallies) {
        MonthCounts c = counts.stream().reduce(new MonthCounts(null, 0, 0, 0, 0, 0), ClueFigures::plus);
        Tally t = tallies.stream().map(MonitorMapper.MonthTally::tally).reduce(Tally.ZERO, Tally::plus);
        return new Totals(
                c.received(),
                c.accepted(),
                c.closed(),
                t.assigned(),
                Rate.of(t.respondedOnTime(), t.responseDue()),
                Rate.of(t.resolved(), t.substantiated()),
                Rate.of(c.satisfied(), c.rated()),
                Rate.of(c.closed(), c.accepted()),
                Rate.of(t.onTime(), t.finished()));
    }

    private static MonthCounts plus(MonthCounts a, MonthCounts b) {
        return new MonthCounts(
                null,
                a.received() + b.received(),
                a.accepted() + b.accepted(),
                a.closed() + b.closed(),
                a.rated() + b.rated(),
                a.satisfied() + b.satisfied());
    }

    private static List<Month> months(
            DashboardPeriod period, List<MonthCounts> counts, List<MonitorMapper.MonthTally> tallies) {
        Map<String, MonthCounts> byMonth = new TreeMap<>();
        counts.forEach(c -> byMonth.put(c.month(), c));
        Map<String, Tally> tallyByMonth = tallies.stream()
                .collect(Collectors.toMap(MonitorMapper.MonthTally::month, MonitorMapper.MonthTally::tally));
        if (period.from() != null && period.to() != null) {
            YearMonth m = YearMonth.from(period.from());
            YearMonth last = YearMonth.from(period.to());
            for (int i = 0; !m.isAfter(last) && i < MAX_MONTHS; i++, m = m.plusMonths(1)) {
                byMonth.putIfAbsent(m.toString(), new MonthCounts(m.toString(), 0, 0, 0, 0, 0));
            }
        }
        List<Month> out = new ArrayList<>();
        byMonth.forEach((key, c) -> {
            Tally t = tallyByMonth.getOrDefault(key, Tally.ZERO);
            out.add(new Month(
                    key,
                    c.received(),
                    c.closed(),
                    Rate.of(t.respondedOnTime(), t.responseDue()),
                    Rate.of(t.resolved(), t.substantiated()),
                    Rate.of(c.satisfied(), c.rated()),
                    Rate.of(c.closed(), c.accepted()),
                    Rate.of(t.onTime(), t.finished())));
        });
        return out;
    }
}
