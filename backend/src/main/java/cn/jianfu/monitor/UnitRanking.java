package cn.jianfu.monitor;

import cn.jianfu.monitor.ClueDashboard.Ranks;
import cn.jianfu.monitor.ClueDashboard.UnitRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ranks each unit among the county's units of its kind, per rate, highest first; equal values
 * share a rank (1, 2, 2, 4) and a unit without a value has none.
 */
final class UnitRanking {

    private UnitRanking() {}

    static List<UnitRow> ranked(List<UnitRow> rows) {
        Map<String, List<UnitRow>> byType = rows.stream().collect(Collectors.groupingBy(UnitRow::type));
        Map<Long, Ranks> ranks = new HashMap<>();
        byType.values().forEach(peers -> {
            Map<Long, Integer> response = ranks(peers, UnitRow::response);
            Map<Long, Integer> resolution = ranks(peers, UnitRow::resolution);
            Map<Long, Integer> satisfaction = ranks(peers, UnitRow::satisfaction);
            Map<Long, Integer> closure = ranks(peers, UnitRow::closure);
            Map<Long, Integer> onTime = ranks(peers, UnitRow::onTime);
            peers.forEach(p -> ranks.put(
                    p.orgId(),
                    new Ranks(
                            response.get(p.orgId()),
                            resolution.get(p.orgId()),
                            satisfaction.get(p.orgId()),
                            closure.get(p.orgId()),
                            onTime.get(p.orgId()),
                            peers.size())));
        });
        return rows.stream()
                .map(r -> new UnitRow(
                        r.orgId(),
                        r.name(),
                        r.type(),
                        r.assigned(),
                        r.closed(),
                        r.response(),
                        r.resolution(),
                        r.satisfaction(),
                        r.closure(),
                        r.onTime(),
                        ranks.get(r.orgId())))
                .toList();
    }

    /** Competition ranking of the units that have a value. */
    static Map<Long, Integer> ranks(List<UnitRow> peers, Function<UnitRow, Rate> rate) {
        Map<Long, Integer> out = new HashMap<>();
        for (UnitRow r : peers) {
            Double v = rate.apply(r).value();
            if (v == null) {
                continue;
            }
            long better = peers.stream()
                    .map(p -> rate.apply(p).value())
                    .filter(o -> o != null && o > v)
                    .count();
            out.put(r.orgId(), (int) better + 1);
        }
        return out;
    }
}
