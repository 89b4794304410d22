package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.ProcessProgress;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reading clues: the clue page, the lists, and where a clue stands in the diagram. */
@Service
class ClueQueries {

    private final ClueMapper clues;
    private final ClueAccess access;
    private final ClueDetails details;
    private final OrgService orgs;
    private final ProcessProgress progress;

    ClueQueries(ClueMapper clues, ClueAccess access, ClueDetails details, OrgService orgs, ProcessProgress progress) {
        this.clues = clues;
        this.access = access;
        this.details = details;
        this.orgs = orgs;
        this.progress = progress;
    }

    ClueDetail get(long id, CurrentUser user) {
        return details.of(access.readable(id, user), user);
    }

    /**
     * Filters of the clue lists; {@code scope=all} asks for every clue instead of the user's unit's,
     * {@code scope=township} for the township's and its villages'. {@code unitOrgId}, {@code townshipId}
     * and {@code bucket} are the dashboard's drill-downs.
     */
    record Filter(
            String scope,
            ClueStatus status,
            ClueCategory category,
            ClueSource source,
            String keyword,
            LocalDate from,
            LocalDate to,
            Boolean typical,
            Long unitOrgId,
            Long townshipId,
            ClueBucket bucket,
            Boolean supervised) {

        Filter(
                String scope,
                ClueStatus status,
                ClueCategory category,
                ClueSource source,
                String keyword,
                LocalDate from,
                LocalDate to,
                Boolean typical) {
            this(scope, status, category, source, keyword, from, to, typical, null, null, null, null);
        }
    }

    /**
     * {@code scope=all} for those who read every clue; {@code scope=township} for a township's users;
     * otherwise the clues assigned to the user's unit (or, for a township, to one of its villages).
     */
    PageResult<ClueSummary> search(Filter f, PageQuery page, CurrentUser user) {
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw ApiException.invalid(Map.of("from", "开始日期不能晚于结束日期"));
        }
        Long unit = f.unitOrgId();
        Long township = f.townshipId();
        if ("all".equals(f.scope())) {
            if (!ClueAccess.readsAll(user)) {
                throw ApiException.forbidden("没有权限查看全部线索");
            }
        } else if ("township".equals(f.scope())) {
            if (user.orgType() != OrgType.TOWNSHIP) {
                throw ApiException.forbidden("只有乡镇(街道)可以查看本乡镇的线索");
            }
            township = user.orgId();
        } else if (unit == null) {
            unit = user.orgId();
        }
        if (unit != null && !access.mayListUnit(unit, user)) {
            throw ApiException.forbidden("没有权限查看该单位的线索");
        }
        ClueSearch search = new ClueSearch(
                unit,
                f.status(),
                f.category(),
                f.source(),
                ClueText.trim(f.keyword()),
                f.from() == null ? null : f.from().atStartOfDay(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(),
                f.typical(),
                township,
                f.bucket() == null ? null : f.bucket().name(),
                f.bucket() != null && f.bucket().unitLevel(),
                Clock.now(),
                Boolean.TRUE.equals(f.supervised()));
        List<ClueRow> rows = clues.search(search, page.offset(), page.size());
        return page.result(summaries(rows), clues.count(search));
    }

    /** Activity ids for the diagram: where the clue stands and where it has been. */
    Map<String, List<String>> progress(long id, CurrentUser user) {
        return progress.of(access.readable(id, user).processInstanceId);
    }

    /** One query for the units of the whole page, one for the names of all their organisations. */
    private List<ClueSummary> summaries(List<ClueRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<ClueUnitRow> units =
                clues.findUnitsOfClues(rows.stream().map(r -> r.id).toList());
        Map<Long, List<ClueUnitRow>> unitsByClue = units.stream().collect(Collectors.groupingBy(u -> u.clueId));
        Set<Long> orgIds = new HashSet<>();
        units.forEach(u -> orgIds.add(u.orgId));
        rows.stream().filter(r -> r.reportedOrgId != null).forEach(r -> orgIds.add(r.reportedOrgId));
        Map<Long, OrgUnit> names = orgs.byIds(orgIds);
        return rows.stream()
                .map(r -> new ClueSummary(
                        r.id,
                        r.clueNo,
                        r.category,
                        r.category.label(),
                        r.source,
                        r.reportedOrgId != null ? ClueDetails.name(names, r.reportedOrgId) : r.reportedUnitText,
                        r.place,
                        ClueText.excerpt(r.description),
                        r.status,
                        r.status.label(),
                        unitsByClue.getOrDefault(r.id, List.of()).stream()
                                .map(u -> ClueDetails.name(names, u.orgId))
                                .toList(),
                        r.dualAssigned,
                        r.typical,
                        r.createdAt,
                        r.closedAt))
                .toList();
    }
}
