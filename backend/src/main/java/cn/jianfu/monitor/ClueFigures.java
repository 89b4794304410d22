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
import java.util.HashMap;
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
    private final ClueTallyMapper daily;
    private final ClueTallies tallies;
    private final ClueVocabulary vocabulary;

    ClueFigures(MonitorMapper figures, ClueTallyMapper daily, ClueTallies tallies, ClueVocabulary vocabulary) {
        this.figures = figures;
        this.daily = daily;
        this.tallies = tallies;
        this.vocabulary = vocabulary;
    }

    /** Summed from the daily tallies, brought up to date first. */
    public ClueDashboard of(DashboardPeriod period, CurrentUser user) {
        tallies.refreshStale();
        DashboardScope scope = DashboardScope.of(user);
        ClueSums sums = new ClueSums();
        addDays(sums, period, scope, Clock.now());
        return assemble(period, scope, sums);
    }

    /** The same figures counted live from the clue tables alone (what the tallies must agree with). */
    ClueDashboard live(DashboardPeriod period, CurrentUser user) {
        DashboardScope scope = DashboardScope.of(user);
        ClueSums sums = new ClueSums();
        addLive(sums, period.start(), period.end(), scope, Clock.now());
        return assemble(period, scope, sums);
    }

    private void addDays(ClueSums sums, DashboardPeriod period, DashboardScope scope, LocalDateTime now) {
        Integer from = DayKeys.day(period.from());
        Integer to = DayKeys.day(period.to());
        long scopeOrg = scope.orgId() == null ? 0 : scope.orgId();
        Map<Integer, Long> overdueByMonth = new HashMap<>();
        Map<Long, Long> overdueByUnit = new HashMap<>();
        for (ClueTallyMapper.OverdueUnverified o : daily.overdueUnverified(period.start(), period.end(), now)) {
            overdueByUnit.merge(o.orgId(), o.count(), Long::sum);
            if (scope.shows(o.orgId(), o.parentId())) {
                overdueByMonth.merge(o.monthKey(), o.count(), Long::sum);
            }
        }
        daily.scopeDays(from, to, scopeOrg).forEach(sums::add);
        daily.dayTallies(from, to, scope).forEach(sums::add);
        overdueByMonth.forEach(
                (month, n) -> sums.add(new MonitorMapper.MonthTally(month, MonitorMapper.Tally.ZERO.withMoreDue(n))));
        daily.townships(from, to, scopeOrg).forEach(sums::add);
        daily.unitTallies(from, to)
                .forEach(u -> sums.add(new MonitorMapper.UnitTally(
                        u.orgId(),
                        u.name(),
                        u.type(),
                        u.parentId(),
                        u.tally().withMoreDue(overdueByUnit.getOrDefault(u.orgId(), 0L)))));
    }

    private void addLive(ClueSums sums, LocalDateTime from, LocalDateTime to, DashboardScope scope, LocalDateTime now) {
        figures.monthCounts(from, to, scope).forEach(sums::add);
        figures.categoryCounts(from, to, scope).forEach(sums::add);
        figures.monthTallies(from, to, now, scope).forEach(sums::add);
        figures.townshipCounts(from, to, scope).forEach(sums::add);
        figures.unitTallies(from, to, now).forEach(sums::add);
    }

    private ClueDashboard assemble(DashboardPeriod period, DashboardScope scope, ClueSums sums) {
        List<MonthCounts> counts = sums.monthCounts();
        List<MonitorMapper.MonthTally> monthTallies = sums.monthTallies();
        return new ClueDashboard(
                period.from(),
                period.to(),
                scope,
                totals(counts, monthTallies),
                ClueMonitor.counts(vocabulary.categories(), sums.categories()),
                sums.townships(),
                months(period, counts, monthTallies),
                units(sums.units(), scope));
    }

    /** Every unit county-wide is ranked among its kind; the user gets the rows of their scope. */
    static List<UnitRow> units(List<MonitorMapper.UnitTally> tallies, DashboardScope scope) {
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
        MonthCounts c = counts.stream().reduce(new MonthCounts(0, 0, 0, 0, 0, 0), MonthCounts::plus);
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

    private static List<Month> months(
            DashboardPeriod period, List<MonthCounts> counts, List<MonitorMapper.MonthTally> tallies) {
        Map<Integer, MonthCounts> byMonth = new TreeMap<>();
        counts.forEach(c -> byMonth.put(c.monthKey(), c));
        Map<Integer, Tally> tallyByMonth = tallies.stream()
                .collect(Collectors.toMap(MonitorMapper.MonthTally::monthKey, MonitorMapper.MonthTally::tally));
        if (period.from() != null && period.to() != null) {
            YearMonth m = YearMonth.from(period.from());
            YearMonth last = YearMonth.from(period.to());
            for (int i = 0; !m.isAfter(last) && i < MAX_MONTHS; i++, m = m.plusMonths(1)) {
                int key = DayKeys.month(m);
                byMonth.putIfAbsent(key, new MonthCounts(key, 0, 0, 0, 0, 0));
            }
        }
        List<Month> out = new ArrayList<>();
        byMonth.forEach((key, c) -> {
            Tally t = tallyByMonth.getOrDefault(key, Tally.ZERO);
            out.add(new Month(
                    DayKeys.month(key).toString(),
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
