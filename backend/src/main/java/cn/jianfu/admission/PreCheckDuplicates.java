package cn.jianfu.admission;

import cn.jianfu.admission.PreCheckFinding.Level;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.search.SearchDocument;
import cn.jianfu.search.SearchField;
import cn.jianfu.search.SearchHit;
import cn.jianfu.search.SearchIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The pre-check's probable duplicates, found by the search index: the {@value #CANDIDATES} list
 * entries in force and the {@value #CANDIDATES} applications in flight closest to the name are
 * compared, and those at least {@value #DUPLICATE_SIMILARITY} alike (shared words, order ignored,
 * synonyms counting) are reported with their lead department — marked 多头指派
 * ({@code multiDepartment=true}) when that is another department than the application's.
 */
@Component
class PreCheckDuplicates {

    static final int CANDIDATES = 5;
    static final double DUPLICATE_SIMILARITY = 0.5;
    /** In-flight applications read by the bounded name pre-filter before ranking. */
    static final int IN_FLIGHT_LIMIT = 50;

    static final int LIKE_PATTERNS = 16;

    private final AdmissionListService list;
    private final ApplicationMapper applications;
    private final OrgService orgs;
    private final SearchIndex index;

    PreCheckDuplicates(AdmissionListService list, ApplicationMapper applications, OrgService orgs, SearchIndex index) {
        this.list = list;
        this.applications = applications;
        this.orgs = orgs;
        this.index = index;
    }

    List<PreCheckFinding> find(ApplicationRow app) {
        List<PreCheckFinding> findings = new ArrayList<>();
        if (app.itemName == null || app.itemName.isBlank()) {
            return findings;
        }
        for (AdmissionItem item : list.similarInForce(app.itemName, CANDIDATES)) {
            double similarity = index.similarity(app.itemName, item.itemName());
            if (similarity >= DUPLICATE_SIMILARITY) {
                findings.add(duplicateItem(app, item, similarity));
            }
        }
        List<ApplicationRow> others = inFlight(app);
        Map<Long, OrgUnit> leads = orgs.byIds(
                others.stream().map(o -> o.leadOrgId).filter(Objects::nonNull).toList());
        for (ApplicationRow other : others) {
            double similarity = index.similarity(app.itemName, other.itemName);
            if (similarity >= DUPLICATE_SIMILARITY) {
                OrgUnit lead = other.leadOrgId == null ? null : leads.get(other.leadOrgId);
                findings.add(duplicateApplication(app, other, lead == null ? "" : lead.name(), similarity));
            }
        }
        return findings;
    }

    /** The closest in-flight applications, ranked by the index among a bounded set sharing some words. */
    private List<ApplicationRow> inFlight(ApplicationRow app) {
        List<String> patterns = index.likePatterns(app.itemName, LIKE_PATTERNS);
        if (patterns.isEmpty()) {
            return List.of();
        }
        Map<Long, ApplicationRow> rows = applications.findInFlightLike(app.id, patterns, IN_FLIGHT_LIMIT).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<SearchDocument> documents = rows.values().stream()
                .map(r -> SearchDocument.of("admission-application", r.id)
                        .with(SearchField.TITLE, r.itemName)
                        .with(SearchField.CONTENT, r.content)
                        .with(SearchField.STANDARD, r.performanceStandard))
                .toList();
        List<ApplicationRow> ranked = new ArrayList<>();
        for (SearchHit hit : index.rank(app.itemName, documents, CANDIDATES)) {
            ranked.add(rows.get(hit.id()));
        }
        return ranked;
    }

    private static PreCheckFinding duplicateItem(ApplicationRow app, AdmissionItem item, double similarity) {
        boolean multi = otherDepartment(app, item.leadOrgId());
        String lead = Objects.requireNonNullElse(item.leadOrgName(), "");
        Map<String, String> params = new HashMap<>();
        params.put("listNo", item.listNo());
        params.put("itemName", item.itemName());
        params.put("leadOrg", lead);
        params.put("multiDepartment", String.valueOf(multi));
        params.put("similarity", percent(similarity));
        return new PreCheckFinding(
                "DUPLICATE_ITEM",
                Level.WARN,
                "可能与准入清单已有事项重复：" + item.listNo() + "《" + item.itemName() + "》" + whose(lead, multi),
                params);
    }

    private static PreCheckFinding duplicateApplication(
            ApplicationRow app, ApplicationRow other, String lead, double similarity) {
        boolean multi = otherDepartment(app, other.leadOrgId);
        Map<String, String> params = new HashMap<>();
        params.put("applicationId", String.valueOf(other.id));
        params.put("itemName", other.itemName);
        params.put("leadOrg", lead);
        params.put("multiDepartment", String.valueOf(multi));
        params.put("similarity", percent(similarity));
        return new PreCheckFinding(
                "DUPLICATE_APPLICATION",
                Level.WARN,
                "可能与正在办理的申请重复：第" + other.id + "号《" + other.itemName + "》" + whose(lead, multi),
                params);
    }

    private static String whose(String lead, boolean multi) {
        if (lead.isEmpty()) {
            return "";
        }
        return "（" + lead + "牵头" + (multi ? "，与本申请牵头部门不同，疑似多头指派" : "") + "）";
    }

    private static boolean otherDepartment(ApplicationRow app, Long otherLead) {
        return app.leadOrgId != null && otherLead != null && !app.leadOrgId.equals(otherLead);
    }

    private static String percent(double similarity) {
        return String.format(Locale.ROOT, "%.0f", similarity * 100);
    }
}
