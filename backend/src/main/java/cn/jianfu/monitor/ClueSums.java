package cn.jianfu.monitor;

import cn.jianfu.monitor.MonitorMapper.KeyCount;
import cn.jianfu.monitor.MonitorMapper.MonthCounts;
import cn.jianfu.monitor.MonitorMapper.MonthTally;
import cn.jianfu.monitor.MonitorMapper.NamedCount;
import cn.jianfu.monitor.MonitorMapper.Tally;
import cn.jianfu.monitor.MonitorMapper.UnitTally;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The clue figures of one dashboard request, summed from the daily tallies (or, in tests, counted
 * live): per month, category, township and unit.
 */
final class ClueSums {

    private final Map<Integer, MonthCounts> months = new TreeMap<>();
    private final Map<Integer, Tally> monthTallies = new TreeMap<>();
    private final Map<String, Long> categories = new LinkedHashMap<>();
    private final Map<Long, NamedCount> townships = new LinkedHashMap<>();
    private final Map<Long, UnitTally> units = new LinkedHashMap<>();

    void add(MonthCounts c) {
        months.merge(c.monthKey(), c, MonthCounts::plus);
    }

    /** A day and category of the daily tallies: counts for its month and for the category. */
    void add(ClueTallyMapper.ScopeDay d) {
        add(new MonthCounts(
                DayKeys.monthOfDay(d.dayKey()), d.received(), d.accepted(), d.closed(), d.rated(), d.satisfied()));
        categories.merge(d.category(), d.received(), Long::sum);
    }

    /** A day of the daily tallies, added to its month. */
    void add(ClueTallyMapper.DayTally d) {
        monthTallies.merge(DayKeys.monthOfDay(d.dayKey()), d.tally(), Tally::plus);
    }

    void add(KeyCount category) {
        categories.merge(category.key(), category.count(), Long::sum);
    }

    void add(MonthTally t) {
        monthTallies.merge(t.monthKey(), t.tally(), Tally::plus);
    }

    void add(NamedCount township) {
        townships.merge(
                township.orgId(), township, (a, b) -> new NamedCount(a.orgId(), a.name(), a.count() + b.count()));
    }

    void add(UnitTally u) {
        units.merge(
                u.orgId(),
                u,
                (a, b) -> new UnitTally(
                        a.orgId(), a.name(), a.type(), a.parentId(), a.tally().plus(b.tally())));
    }

    List<MonthCounts> monthCounts() {
        return List.copyOf(months.values());
    }

    List<MonthTally> monthTallies() {
        List<MonthTally> out = new ArrayList<>();
        monthTallies.forEach((k, t) -> out.add(new MonthTally(k, t)));
        return out;
    }

    List<KeyCount> categories() {
        List<KeyCount> out = new ArrayList<>();
        categories.forEach((k, n) -> out.add(new KeyCount(k, n)));
        return out;
    }

    /** Most clues first, then by id (as the live query orders them). */
    List<NamedCount> townships() {
        return townships.values().stream()
                .sorted(Comparator.comparingLong(NamedCount::count).reversed().thenComparingLong(NamedCount::orgId))
                .toList();
    }

    List<UnitTally> units() {
        return List.copyOf(units.values());
    }
}
