package cn.jianfu.admission;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.ExcelTable;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.search.SearchIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The admission list (准入清单): search (keywords through the Chinese-aware search index), the
 * public lookup, Excel export, and admitting approved items. Every entry put on the list bumps the
 * index version in the same transaction, so every node finds it from its next search on.
 */
@Service
public class AdmissionListService {

    /** How long an admitted item stays on the list before the dynamic re-evaluation (动态调整). */
    public static final int VALID_YEARS = 2;

    static final int EXPORT_LIMIT = 5000;
    static final int MAX_KEYWORD = 100;
    /** How many nearest entries the public lookup offers when nothing matched. */
    static final int NEAREST = 5;

    private final AdmissionItemMapper items;
    private final AdmissionItemFinder finder;
    private final SearchIndex index;
    private final OrgService orgs;

    AdmissionListService(AdmissionItemMapper items, AdmissionItemFinder finder, SearchIndex index, OrgService orgs) {
        this.items = items;
        this.finder = finder;
        this.index = index;
        this.orgs = orgs;
    }

    /** Entries passing the filters; with a keyword, those matching it, best first, else in list-number order. */
    public PageResult<AdmissionItem> search(AdmissionItemSearch search, PageQuery page) {
        String keyword = keyword(search.keyword());
        if (keyword == null) {
            List<AdmissionItem> rows = items.search(search, page.offset(), page.size());
            return page.result(finder.withTownships(rows), items.count(search));
        }
        List<ItemHit> hits = finder.matching(keyword, search);
        return page.result(pageOf(hits, page).stream().map(ItemHit::item).toList(), hits.size());
    }

    /**
     * What a village cadre sees without an account: only entries in force today, without internal
     * links, each with its score and matched words; the nearest entries when nothing matched.
     */
    public AdmissionLookup searchPublic(String keyword, ItemCategory category, PageQuery page) {
        LocalDate today = Clock.now().toLocalDate();
        String k = keyword(keyword);
        AdmissionItemSearch search = new AdmissionItemSearch(k, category, null, today);
        if (k == null) {
            PageResult<AdmissionItem> all = search(search, page);
            List<ItemHit> shown = all.items().stream()
                    .map(i -> ItemHit.unranked(i.forPublic()))
                    .toList();
            return new AdmissionLookup(shown, all.total(), page.page(), page.size(), false, List.of(), List.of());
        }
        List<ItemHit> hits = finder.matching(k, search);
        if (!hits.isEmpty()) {
            List<ItemHit> shown =
                    pageOf(hits, page).stream().map(ItemHit::forPublic).toList();
            return new AdmissionLookup(
                    shown, hits.size(), page.page(), page.size(), false, List.of(), finder.lapsed(k, category, today));
        }
        List<ItemHit> nearest = withTownships(finder.nearest(k, search, NEAREST)).stream()
                .map(ItemHit::forPublic)
                .toList();
        return new AdmissionLookup(
                List.of(), 0, page.page(), page.size(), true, nearest, finder.lapsed(k, category, today));
    }

    public AdmissionItem get(long id) {
        AdmissionItem item = items.findById(id).orElseThrow(() -> ApiException.notFound("准入事项不存在"));
        return finder.withTownships(List.of(item)).get(0);
    }

    public AdmissionItem getPublic(long id) {
        LocalDate today = Clock.now().toLocalDate();
        AdmissionItem item = get(id);
        if (item.effectiveDate().isAfter(today) || item.expiryDate().isBefore(today)) {
            throw ApiException.notFound("准入事项不存在或已失效");
        }
        return item.forPublic();
    }

    private static String keyword(String keyword) {
        String k = keyword == null ? null : keyword.strip();
        if (k != null && k.codePointCount(0, k.length()) > MAX_KEYWORD) {
            throw ApiException.invalid(Map.of("keyword", "关键词不能超过" + MAX_KEYWORD + "个字"));
        }
        return k == null || k.isEmpty() ? null : k;
    }

    /** One page of ranked hits, with their townships. */
    private List<ItemHit> pageOf(List<ItemHit> hits, PageQuery page) {
        int from = Math.min(page.offset(), hits.size());
        return withTownships(hits.subList(from, Math.min(from + page.size(), hits.size())));
    }

    private List<ItemHit> withTownships(List<ItemHit> hits) {
        List<AdmissionItem> full =
                finder.withTownships(hits.stream().map(ItemHit::item).toList());
        List<ItemHit> result = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            result.add(new ItemHit(full.get(i), hits.get(i).score(), hits.get(i).matchedTerms()));
        }
        return result;
    }

    AdmissionItem findByApplication(long applicationId) {
        return items.findByApplicationId(applicationId).orElse(null);
    }

    /** Entries in force closest to {@code text}, at most {@code limit}: the pre-check's duplicate candidates. */
    List<AdmissionItem> similarInForce(String text, int limit) {
        return finder.similarInForce(text, limit);
    }

    /** Puts an approved application on the list with the next list number of the year. */
    AdmissionItem admit(ApplicationRow app, String cooperatingOrgNames, List<Long> targetOrgIds) {
        return items.findByApplicationId(app.id).orElseGet(() -> {
            LocalDate today = Clock.now().toLocalDate();
            LocalDate effective = app.validFrom != null && app.validFrom.isAfter(today) ? app.validFrom : today;
            LocalDate longest = effective.plusYears(VALID_YEARS);
            AdmissionItemRow row = new AdmissionItemRow();
            row.listNo = nextListNo(today.getYear());
            row.applicationId = app.id;
            row.itemName = app.itemName;
            row.category = app.category;
            row.leadOrgId = app.leadOrgId;
            row.cooperatingOrgs = cooperatingOrgNames;
            row.legalBasis = app.legalBasis;
            row.content = app.content;
            row.performanceStandard = app.performanceStandard;
            row.frequency = app.frequency;
            row.targetScope = app.targetScope;
            row.workloadHoursPerMonth = app.workloadHoursPerMonth;
            row.targetOrgIds = app.targetScope == TargetScope.SELECTED ? targetOrgIds : List.of();
            row.effectiveDate = effective;
            row.expiryDate = app.validTo != null && app.validTo.isAfter(effective) && !app.validTo.isAfter(longest)
                    ? app.validTo
                    : longest;
            row.createdAt = Clock.now();
            insert(row);
            index.markChanged();
            return get(row.id);
        });
    }

    /** Adds an entry that was admitted outside the platform (demo data, migration of an existing list). */
    AdmissionItem register(AdmissionItemRow row) {
        if (row.listNo == null) {
            row.listNo = nextListNo(row.effectiveDate.getYear());
        }
        row.createdAt = Clock.now();
        insert(row);
        index.markChanged();
        return get(row.id);
    }

    private void insert(AdmissionItemRow row) {
        items.insert(row);
        row.targetOrgIds.forEach(org -> items.insertTarget(row.id, org));
    }

    /** ZR-2026-001: the year's running number, taken under a row lock so two approvals never share one. */
    private String nextListNo(int year) {
        String prefix = "ZR-" + year + "-";
        Integer last = items.lockListCounter(year);
        if (last == null) {
            try {
                // the first number of the year; entries registered before the counter existed count
                items.insertListCounter(year, items.countListNoPrefix(prefix));
            } catch (DuplicateKeyException e) {
                // another approval created this year's counter first
            }
            last = items.lockListCounter(year);
        }
        items.updateListCounter(year, last + 1);
        return prefix + String.format("%03d", last + 1);
    }

    public byte[] export(AdmissionItemSearch search) {
        String keyword = keyword(search.keyword());
        List<AdmissionItem> rows = keyword == null
                ? finder.withTownships(items.search(search, 0, EXPORT_LIMIT))
                : finder.withTownships(finder.matching(keyword, search).stream()
                        .limit(EXPORT_LIMIT)
                        .map(ItemHit::item)
                        .toList());
        List<String> headers = List.of(
                "清单编号",
                "事项名称",
                "类别",
                "牵头部门",
                "配合部门",
                "法定依据",
                "事项内容",
                "履职标准",
                "频次",
                "生效日期",
                "到期日期",
                "实施范围",
                "每村每月工作量(小时)");
        List<List<Object>> values = rows.stream()
                .map(item -> Arrays.<Object>asList(
                        item.listNo(),
                        item.itemName(),
                        item.category().label(),
                        item.leadOrgName(),
                        item.cooperatingOrgs(),
                        item.legalBasis(),
                        item.content(),
                        item.performanceStandard(),
                        item.frequency() == null ? null : item.frequency().label(),
                        item.effectiveDate().toString(),
                        item.expiryDate().toString(),
                        scope(item),
                        item.workloadHoursPerMonth()))
                .toList();
        return ExcelTable.xlsx("准入清单", ExcelTable.title("准入清单", filters(search, keyword)), headers, values);
    }

    /** The filters of an export as its title row names them. */
    private List<String> filters(AdmissionItemSearch search, String keyword) {
        List<String> used = new ArrayList<>();
        if (keyword != null) {
            used.add("关键词“" + keyword + "”");
        }
        if (search.category() != null) {
            used.add("类别：" + search.category().label());
        }
        if (search.leadOrgId() != null) {
            OrgUnit lead = orgs.byIds(List.of(search.leadOrgId())).get(search.leadOrgId());
            used.add("牵头部门：" + (lead == null ? search.leadOrgId() : lead.name()));
        }
        if (search.activeOn() != null) {
            used.add("有效日期：" + search.activeOn());
        }
        return used;
    }

    private static String scope(AdmissionItem item) {
        if (item.targetScope() == null) {
            return null;
        }
        if (item.targetScope() == TargetScope.ALL) {
            return "全县村(社区)";
        }
        List<String> names = new java.util.ArrayList<>(item.targetTownshipNames());
        names.addAll(item.targetVillageNames());
        return String.join(AdmissionItem.NAME_SEPARATOR, names);
    }
}
