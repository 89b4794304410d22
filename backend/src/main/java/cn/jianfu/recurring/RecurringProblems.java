package cn.jianfu.recurring;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.Role;
import cn.jianfu.search.AlikeGroups;
import cn.jianfu.search.SearchIndex;
import cn.jianfu.security.CurrentUser;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * 未诉先办: the problems that keep coming back in a period — clues grouped by category, unit,
 * township (SQL aggregates) or by reading alike (the search index's words), each group with its
 * units, how many were substantiated, and the count of the period of the same length before.
 */
@Service
class RecurringProblems {

    /** A group needs this many clues to count as recurring. */
    static final int AT_LEAST = 3;
    /** Texts at least this alike are the same problem. */
    static final double ALIKE = 0.5;
    /** The newest clues of the period read for the text grouping. */
    static final int TEXTS_READ = 2000;

    private static final int IDS = 20;
    private static final int NOS = 5;

    private final RecurringMapper mapper;
    private final SearchIndex index;

    RecurringProblems(RecurringMapper mapper, SearchIndex index) {
        this.mapper = mapper;
        this.index = index;
    }

    List<RecurringProblem> find(GroupBy by, LocalDateTime from, LocalDateTime to, CurrentUser user) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN, Role.APPROVER, Role.VERIFIER)) {
            throw ApiException.forbidden("只有减负办、核查人员和县领导可以查看反复出现的问题");
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw ApiException.invalid(Map.of("to", "结束日期须晚于开始日期"));
        }
        GroupBy grouping = by == null ? GroupBy.CATEGORY : by;
        return grouping == GroupBy.TEXT ? byText(from, to) : byColumn(grouping, from, to);
    }

    private List<RecurringProblem> byColumn(GroupBy by, LocalDateTime from, LocalDateTime to) {
        Duration length = Duration.between(from, to);
        Map<String, Long> before = mapper.groups(by, from.minus(length), from, 1).stream()
                .collect(Collectors.toMap(RecurringMapper.Group::k, RecurringMapper.Group::clues));
        Map<String, List<RecurringMapper.ClueRef>> clues = new HashMap<>();
        mapper.clues(by, from, to, TEXTS_READ).forEach(c -> clues.computeIfAbsent(c.k(), k -> new ArrayList<>())
                .add(c));
        return mapper.groups(by, from, to, AT_LEAST).stream()
                .map(g -> {
                    List<RecurringMapper.ClueRef> mine = clues.getOrDefault(g.k(), List.of());
                    return new RecurringProblem(
                            by,
                            g.k(),
                            g.label(),
                            g.clues(),
                            g.units(),
                            g.substantiated(),
                            before.getOrDefault(g.k(), 0L),
                            mine.stream()
                                    .limit(IDS)
                                    .map(RecurringMapper.ClueRef::id)
                                    .toList(),
                            mine.stream()
                                    .limit(NOS)
                                    .map(RecurringMapper.ClueRef::clueNo)
                                    .toList());
                })
                .toList();
    }

    private List<RecurringProblem> byText(LocalDateTime from, LocalDateTime to) {
        Map<Long, RecurringMapper.ClueRef> clues = new LinkedHashMap<>();
        List<AlikeGroups.Entry> entries = new ArrayList<>();
        for (RecurringMapper.ClueRef c : mapper.clues(GroupBy.CATEGORY, from, to, TEXTS_READ)) {
            if (c.description() != null && clues.putIfAbsent(c.id(), c) == null) {
                entries.add(new AlikeGroups.Entry(c.id(), "", index.words(c.description())));
            }
        }
        return AlikeGroups.of(entries, ALIKE, AT_LEAST, 1).stream()
                .map(group -> {
                    List<Long> ids = group.stream().map(AlikeGroups.Entry::id).toList();
                    RecurringMapper.Figures f = mapper.figuresOf(ids);
                    RecurringMapper.ClueRef first = clues.get(ids.get(0));
                    return new RecurringProblem(
                            GroupBy.TEXT,
                            String.valueOf(first.id()),
                            excerpt(first.description()),
                            ids.size(),
                            f.units(),
                            f.substantiated(),
                            null,
                            ids.stream().limit(IDS).toList(),
                            ids.stream()
                                    .limit(NOS)
                                    .map(id -> clues.get(id).clueNo())
                                    .toList());
                })
                .sorted((a, b) -> Long.compare(b.clues(), a.clues()))
                .toList();
    }

    /** The first 60 characters (code points) of a clue's text. */
    private static String excerpt(String text) {
        String t = text.strip();
        return t.codePointCount(0, t.length()) <= 60 ? t : t.substring(0, t.offsetByCodePoints(0, 60)) + "…";
    }
}
