package cn.jianfu.admission;

import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgType;
import cn.jianfu.search.SearchHit;
import cn.jianfu.search.SearchIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Finds list entries by keyword through the search index and applies the remaining filters
 * (category, department, validity) in SQL to the index's candidates, keeping the index's order.
 */
@Component
class AdmissionItemFinder {

    /** Lapsed entries the public lookup shows at most. */
    static final int LAPSED = 5;

    /** How many ranked candidates a keyword search considers before the SQL filters and paging. */
    static final int MAX_CANDIDATES = 2000;
    /** How many index neighbours are looked at for nearest entries or probable duplicates. */
    static final int NEIGHBOURS = 50;

    private final SearchIndex index;
    private final AdmissionItemMapper items;

    AdmissionItemFinder(SearchIndex index, AdmissionItemMapper items) {
        this.index = index;
        this.items = items;
    }

    /** Entries matching every word of {@code keyword} (synonyms count) and the filters, best first. */
    List<ItemHit> matching(String keyword, AdmissionItemSearch filters) {
        return filtered(index.find(AdmissionItemDocuments.KIND, keyword, MAX_CANDIDATES), filters, MAX_CANDIDATES);
    }

    /** The {@code limit} entries passing the filters that share most with {@code text}. */
    List<ItemHit> nearest(String text, AdmissionItemSearch filters, int limit) {
        return filtered(index.nearest(AdmissionItemDocuments.KIND, text, NEIGHBOURS), filters, limit);
    }

    /** Entries in force today closest to {@code text}, at most {@code limit}: duplicate candidates. */
    List<AdmissionItem> similarInForce(String text, int limit) {
        AdmissionItemSearch inForce =
                new AdmissionItemSearch(null, null, null, Clock.now().toLocalDate());
        return nearest(text, inForce, limit).stream().map(ItemHit::item).toList();
    }

    /** Adds the townships and villages chosen for the entries (one query for the page). */
    List<AdmissionItem> withTownships(List<AdmissionItem> list) {
        List<Long> selected = list.stream()
                .filter(i -> i.targetScope() == TargetScope.SELECTED)
                .map(AdmissionItem::id)
                .toList();
        if (selected.isEmpty()) {
            return list;
        }
        Map<Long, List<AdmissionItemMapper.Target>> targets =
                items.findTargets(selected).stream().collect(Collectors.groupingBy(AdmissionItemMapper.Target::itemId));
        return list.stream()
                .map(i -> {
                    List<AdmissionItemMapper.Target> t = targets.getOrDefault(i.id(), List.of());
                    return i.withTargets(names(t, OrgType.TOWNSHIP), names(t, OrgType.VILLAGE));
                })
                .toList();
    }

    private static List<String> names(List<AdmissionItemMapper.Target> targets, OrgType type) {
        return targets.stream()
                .filter(t -> t.type() == type)
                .map(AdmissionItemMapper.Target::name)
                .toList();
    }

    private List<ItemHit> filtered(List<SearchHit> hits, AdmissionItemSearch filters, int limit) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = hits.stream().map(SearchHit::id).toList();
        Map<Long, AdmissionItem> passing = items.findByIds(filters, ids).stream()
                .collect(Collectors.toMap(AdmissionItem::id, Function.identity()));
        List<ItemHit> result = new ArrayList<>();
        for (SearchHit hit : hits) {
            AdmissionItem item = passing.get(hit.id());
            if (item != null && result.size() < limit) {
                result.add(new ItemHit(item, Math.round(hit.score() * 100) / 100f, hit.matchedTerms()));
            }
        }
        return result;
    }

    /** Entries matching the keyword that left the list in the last two years: withdrawn or expired. */
    List<LapsedItem> lapsed(String keyword, ItemCategory category, LocalDate today) {
        LocalDate since = today.minusYears(AdmissionListService.VALID_YEARS);
        List<AdmissionItem> gone = matching(keyword, new AdmissionItemSearch(keyword, category, null, null)).stream()
                .map(ItemHit::item)
                .filter(i -> i.expiryDate().isBefore(today) && !i.expiryDate().isBefore(since))
                .limit(LAPSED)
                .toList();
        if (gone.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> withdrawn = new HashMap<>();
        items.withdrawnOnByIds(gone.stream().map(AdmissionItem::id).toList())
                .forEach(w -> withdrawn.put(w.id(), w.withdrawnOn()));
        return gone.stream()
                .map(i -> withdrawn.containsKey(i.id())
                        ? new LapsedItem(
                                i.id(), i.listNo(), i.itemName(), i.leadOrgName(), "WITHDRAWN", withdrawn.get(i.id()))
                        : new LapsedItem(
                                i.id(),
                                i.listNo(),
                                i.itemName(),
                                i.leadOrgName(),
                                "EXPIRED",
                                i.expiryDate().plusDays(1)))
                .toList();
    }
}
