package cn.jianfu.monitor;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.monitor.AdmissionDashboard.Department;
import cn.jianfu.monitor.AdmissionDashboard.Step;
import cn.jianfu.monitor.MonitorMapper.DeptDecisions;
import cn.jianfu.monitor.MonitorMapper.StepOpen;
import cn.jianfu.monitor.MonitorMapper.StepTimes;
import cn.jianfu.org.OrgType;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The admission section of the dashboard: the county's, or one department's with its rank. */
@Service
public class AdmissionFigures {

    private final MonitorMapper figures;
    private final AdmissionVocabulary vocabulary;

    AdmissionFigures(MonitorMapper figures, AdmissionVocabulary vocabulary) {
        this.figures = figures;
        this.vocabulary = vocabulary;
    }

    public AdmissionDashboard of(DashboardPeriod period, CurrentUser user) {
        DashboardScope scope = DashboardScope.of(user);
        if (scope.township() || scope.orgType() == OrgType.VILLAGE) {
            throw ApiException.forbidden("准入申请统计只向县级部门、减负办和县领导开放");
        }
        LocalDateTime from = period.start();
        LocalDateTime to = period.end();
        Long orgId = scope.orgId();
        List<ClueStatistics.Count> byStatus =
                ClueMonitor.counts(vocabulary.statuses(), figures.applicationStatuses(from, to, orgId));
        LocalDate day = period.lastDay();
        return new AdmissionDashboard(
                period.from(),
                period.to(),
                scope,
                byStatus.stream().mapToLong(ClueStatistics.Count::count).sum(),
                byStatus,
                steps(figures.openSteps(from, to, orgId, Clock.now()), figures.stepTimes(from, to, orgId)),
                departments(figures.departmentDecisions(from, to), scope),
                day,
                ClueMonitor.counts(vocabulary.itemCategories(), figures.itemsByCategory(day, orgId)),
                figures.itemsByLead(day, orgId));
    }

    private List<Step> steps(List<StepOpen> open, List<StepTimes> times) {
        Map<String, StepOpen> openBy = open.stream().collect(Collectors.toMap(StepOpen::step, Function.identity()));
        Map<String, StepTimes> timesBy = times.stream().collect(Collectors.toMap(StepTimes::step, Function.identity()));
        return vocabulary.steps().stream()
                .map(term -> {
                    StepOpen o = openBy.getOrDefault(term.key(), new StepOpen(term.key(), 0, 0));
                    StepTimes t = timesBy.getOrDefault(term.key(), new StepTimes(term.key(), 0, null, 0, 0));
                    return new Step(
                            term.key(),
                            term.label(),
                            o.open(),
                            o.overdue(),
                            t.completed(),
                            t.averageMinutes() == null ? null : Math.round(t.averageMinutes() / 6.0) / 10.0,
                            Rate.of(t.onTime(), t.withDue()));
                })
                .toList();
    }

    /** Ranked among all applying departments by refusals, most first; a department sees only its own row. */
    static List<Department> departments(List<DeptDecisions> all, DashboardScope scope) {
        List<DeptDecisions> sorted = all.stream()
                .sorted(Comparator.comparingLong(DeptDecisions::refused)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(DeptDecisions::returned)
                                .reversed())
                        .thenComparingLong(DeptDecisions::orgId))
                .toList();
        return sorted.stream()
                .filter(d -> scope.county() || d.orgId() == scope.orgId())
                .map(d -> new Department(
                        d.orgId(),
                        d.name(),
                        d.submitted(),
                        d.refused(),
                        d.returned(),
                        Rate.of(d.refused(), d.submitted()),
                        (int) all.stream()
                                        .filter(o -> o.refused() > d.refused())
                                        .count()
                                + 1,
                        all.size()))
                .toList();
    }
}
