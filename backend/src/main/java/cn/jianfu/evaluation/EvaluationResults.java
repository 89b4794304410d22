package cn.jianfu.evaluation;

import cn.jianfu.common.ApiException;
import cn.jianfu.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A round's results for the person asking. The figures come from the database already limited to
 * departments rated by at least {@code jianfu.evaluation.min-raters} people; every other department
 * is "too few ratings to show" and nothing more. A department sees its own entry once the round is
 * closed (while it is open, figures that change with each rating would tell who gave what); the
 * office, administrators and the leadership see every entry, the ranking and how many took part.
 */
@Service
class EvaluationResults {

    private final EvaluationMapper evaluation;
    private final EvaluationRounds rounds;
    private final EvaluationSettings settings;

    EvaluationResults(EvaluationMapper evaluation, EvaluationRounds rounds, EvaluationSettings settings) {
        this.evaluation = evaluation;
        this.rounds = rounds;
        this.settings = settings;
    }

    RoundResults of(long roundId, CurrentUser user) {
        boolean county = EvaluationAccess.countyWide(user);
        if (!county && !EvaluationAccess.department(user)) {
            throw ApiException.forbidden("只有被评价部门、减负办和县领导可以查看评价结果");
        }
        Round round = EvaluationRounds.seenBy(rounds.round(rounds.record(roundId)), user);
        List<Round.Department> departments = round.departments();
        if (departments.isEmpty()) {
            throw EvaluationRounds.notFound();
        }
        if (!county && round.status() != RoundStatus.CLOSED) {
            throw ApiException.conflict("本轮评价结束后才能查看结果");
        }
        int min = settings.minRaters();
        Figures now = figures(roundId);
        Map<Long, Long> previousRound = new HashMap<>();
        evaluation.previousRounds(roundId).stream()
                .filter(p -> p.roundId() != null)
                .forEach(p -> previousRound.put(p.orgId(), p.roundId()));
        Map<Long, Figures> previous = new HashMap<>();
        previousRound.values().stream().distinct().forEach(id -> previous.put(id, figures(id)));
        Map<Long, List<String>> comments = evaluation.approvedComments(roundId, min).stream()
                .collect(Collectors.groupingBy(
                        EvaluationMapper.ShownComment::orgId,
                        Collectors.mapping(EvaluationMapper.ShownComment::content, Collectors.toList())));
        List<DepartmentResult> results = new ArrayList<>();
        for (Round.Department d : departments) {
            Figures before = previous.get(previousRound.get(d.id()));
            results.add(result(round, d, now, before, comments.getOrDefault(d.id(), List.of())));
        }
        if (!county) {
            return new RoundResults(round, min, null, results, null);
        }
        List<RoundResults.Ranked> ranking = ranking(results);
        Map<Long, Integer> ranks = ranking.stream()
                .collect(Collectors.toMap(RoundResults.Ranked::departmentId, RoundResults.Ranked::rank));
        return new RoundResults(
                round,
                min,
                evaluation.ratersInRound(roundId),
                results.stream()
                        .map(r -> r.withRank(ranks.get(r.departmentId())))
                        .toList(),
                ranking);
    }

    /** One round's figures, threshold applied by the database. */
    private record Figures(
            Map<Long, EvaluationMapper.Figure> overall, Map<Long, Map<EvaluationDimension, BigDecimal>> dimensions) {}

    private Figures figures(long roundId) {
        int min = settings.minRaters();
        return new Figures(
                evaluation.overall(roundId, min).stream()
                        .collect(Collectors.toMap(EvaluationMapper.Figure::orgId, Function.identity())),
                evaluation.byDimension(roundId, min).stream()
                        .collect(Collectors.groupingBy(
                                EvaluationMapper.DimensionFigure::orgId,
                                Collectors.toMap(
                                        EvaluationMapper.DimensionFigure::dimension,
                                        f -> score(f.average()),
                                        (a, b) -> a,
                                        () -> new EnumMap<>(EvaluationDimension.class)))));
    }

    private static DepartmentResult result(
            Round round, Round.Department d, Figures now, Figures before, List<String> comments) {
        EvaluationMapper.Figure figure = now.overall().get(d.id());
        if (figure == null) {
            return DepartmentResult.hidden(d.id(), d.name());
        }
        BigDecimal overall = score(figure.average());
        EvaluationMapper.Figure was = before == null ? null : before.overall().get(d.id());
        BigDecimal previousOverall = was == null ? null : score(was.average());
        Map<EvaluationDimension, BigDecimal> dims = now.dimensions().getOrDefault(d.id(), Map.of());
        Map<EvaluationDimension, BigDecimal> wasDims =
                before == null ? Map.of() : before.dimensions().getOrDefault(d.id(), Map.of());
        List<DepartmentResult.DimensionResult> dimensions = round.dimensions().stream()
                .filter(dim -> dims.containsKey(dim.code()))
                .map(dim -> {
                    BigDecimal average = dims.get(dim.code());
                    BigDecimal prev = wasDims.get(dim.code());
                    return new DepartmentResult.DimensionResult(
                            dim.code(), dim.label(), average, prev, change(average, prev));
                })
                .toList();
        return new DepartmentResult(
                d.id(),
                d.name(),
                true,
                null,
                figure.raters(),
                overall,
                previousOverall,
                change(overall, previousOverall),
                null,
                dimensions,
                comments);
    }

    /** The departments shown, best first; equal scores share a rank (1, 2, 2, 4). */
    private static List<RoundResults.Ranked> ranking(List<DepartmentResult> results) {
        List<DepartmentResult> shown = results.stream()
                .filter(DepartmentResult::shown)
                .sorted(Comparator.comparing(DepartmentResult::overall)
                        .reversed()
                        .thenComparing(DepartmentResult::departmentId))
                .toList();
        List<RoundResults.Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            DepartmentResult r = shown.get(i);
            int rank = i > 0 && Objects.equals(shown.get(i - 1).overall(), r.overall())
                    ? ranking.get(i - 1).rank()
                    : i + 1;
            ranking.add(new RoundResults.Ranked(rank, r.departmentId(), r.departmentName(), r.overall()));
        }
        return ranking;
    }

    static BigDecimal score(BigDecimal average) {
        return average.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal change(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }
}
