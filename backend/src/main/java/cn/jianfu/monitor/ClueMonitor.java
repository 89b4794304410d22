package cn.jianfu.monitor;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The figures of the clue chain for the office, verifiers and admins (see {@link ClueStatistics}). */
@Service
public class ClueMonitor {

    private final MonitorMapper figures;
    private final ClueVocabulary vocabulary;

    ClueMonitor(MonitorMapper figures, ClueVocabulary vocabulary) {
        this.figures = figures;
        this.vocabulary = vocabulary;
    }

    /** Clues received from {@code from} to {@code to}, both days included; either may be open. */
    public ClueStatistics statistics(LocalDate from, LocalDate to, CurrentUser user) {
        if (!user.hasAny(Role.OFFICE, Role.VERIFIER, Role.ADMIN)) {
            throw ApiException.forbidden("没有权限查看线索统计");
        }
        LocalDateTime start = from == null ? null : from.atStartOfDay();
        LocalDateTime end = to == null ? null : to.plusDays(1).atStartOfDay();
        MonitorMapper.ClueTotals t = figures.clueTotals(start, end);
        return new ClueStatistics(
                from,
                to,
                t.total(),
                t.accepted(),
                t.closed(),
                ratio(t.closed(), t.accepted()),
                ratio(t.closedOnTime(), t.closed()),
                t.closed() == 0 ? null : Math.round(t.closedMinutes() / 1440.0 / t.closed() * 10) / 10.0,
                t.rated(),
                ratio(t.satisfied(), t.rated()),
                counts(vocabulary.categories(), figures.cluesByCategory(start, end)),
                counts(vocabulary.statuses(), figures.cluesByStatus(start, end)),
                figures.cluesByUnit(start, end));
    }

    /** Every term in its order, with zero for those the period has none of. */
    static List<ClueStatistics.Count> counts(List<ClueVocabulary.Term> terms, List<MonitorMapper.KeyCount> found) {
        Map<String, Long> byKey =
                found.stream().collect(Collectors.toMap(MonitorMapper.KeyCount::key, MonitorMapper.KeyCount::count));
        return terms.stream()
                .map(t -> new ClueStatistics.Count(t.key(), t.label(), byKey.getOrDefault(t.key(), 0L)))
                .toList();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
