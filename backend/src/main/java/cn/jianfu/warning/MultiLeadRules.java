package cn.jianfu.warning;

import cn.jianfu.common.Clock;
import cn.jianfu.search.AlikeGroups;
import cn.jianfu.search.SearchIndex;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The 多头指派 rules: several departments pushing the same thing onto villages — an application
 * like another department's item, similar items in force led by two departments, similar clues in
 * handling about different units.
 */
@Component
class MultiLeadRules {

    /** Items at least this alike, led by different departments, are 多头指派 (as the pre-check judges). */
    static final double ALIKE_ITEMS = 0.5;
    /** The newest clues in handling compared with each other. */
    static final int CLUES_COMPARED = 1000;
    /** Names a warning lists at most (the params column holds 2,000 characters). */
    static final int NAMED = 5;

    private static final int NAME_CHARS = 60;

    private final WarningMapper warnings;
    private final SearchIndex index;
    private final WarningSettings settings;

    MultiLeadRules(WarningMapper warnings, SearchIndex index, WarningSettings settings) {
        this.warnings = warnings;
        this.index = index;
        this.settings = settings;
    }

    /**
     * 多头指派: applications in flight whose pre-check found a similar item or application led by
     * another department, and groups of similar items in force led by two or more departments.
     */
    List<Finding> find() {
        List<Finding> found = new ArrayList<>(applicationsLikeOthers());
        found.addAll(itemsLikeOthers());
        return found;
    }

    private List<Finding> itemsLikeOthers() {
        Map<Long, WarningMapper.ItemInForce> items = new LinkedHashMap<>();
        List<AlikeGroups.Entry> entries = new ArrayList<>();
        for (WarningMapper.ItemInForce item : warnings.itemsInForce(Clock.now().toLocalDate())) {
            items.put(item.id(), item);
            entries.add(
                    new AlikeGroups.Entry(item.id(), String.valueOf(item.leadOrgId()), index.words(item.itemName())));
        }
        return AlikeGroups.of(entries, ALIKE_ITEMS).stream()
                .map(group -> {
                    WarningMapper.ItemInForce first = items.get(group.get(0).id());
                    List<WarningMapper.ItemInForce> others =
                            group.stream().skip(1).map(e -> items.get(e.id())).toList();
                    return new Finding(
                            WarningRule.MULTI_LEAD,
                            Severity.WARNING,
                            "ITEM",
                            String.valueOf(first.id()),
                            first.listNo() + " " + first.itemName(),
                            null,
                            Map.of(
                                    "similarTo",
                                    others.stream()
                                            .map(WarningMapper.ItemInForce::itemName)
                                            .collect(Collectors.collectingAndThen(
                                                    Collectors.toList(), MultiLeadRules::named)),
                                    "otherLead",
                                    others.stream()
                                            .map(WarningMapper.ItemInForce::leadOrgName)
                                            .filter(lead -> !lead.equals(first.leadOrgName()))
                                            .distinct()
                                            .collect(Collectors.collectingAndThen(
                                                    Collectors.toList(), MultiLeadRules::named)),
                                    "similar",
                                    String.valueOf(others.size())));
                })
                .toList();
    }

    /** Clues in handling that read alike and are about two or more units, reported in the last days. */
    List<Finding> similarClues() {
        Map<Long, WarningMapper.OpenClue> clues = new LinkedHashMap<>();
        List<AlikeGroups.Entry> entries = new ArrayList<>();
        LocalDateTime since = Clock.now().minusDays(settings.similarClueDays());
        for (WarningMapper.OpenClue clue : warnings.openCluesSince(since, CLUES_COMPARED)) {
            String unit = unitOf(clue);
            if (unit == null || clue.description() == null) {
                continue;
            }
            clues.put(clue.id(), clue);
            entries.add(new AlikeGroups.Entry(clue.id(), unit, index.words(clue.description())));
        }
        return AlikeGroups.of(entries, settings.similarClues()).stream()
                .map(group -> {
                    WarningMapper.OpenClue first = clues.get(group.get(0).id());
                    List<WarningMapper.OpenClue> all =
                            group.stream().map(e -> clues.get(e.id())).toList();
                    return new Finding(
                            WarningRule.SIMILAR_CLUES,
                            Severity.WARNING,
                            "CLUE",
                            String.valueOf(first.id()),
                            first.clueNo(),
                            null,
                            Map.of(
                                    "clueNos",
                                    all.stream()
                                            .map(WarningMapper.OpenClue::clueNo)
                                            .collect(Collectors.collectingAndThen(
                                                    Collectors.toList(), MultiLeadRules::named)),
                                    "units",
                                    all.stream()
                                            .map(WarningMapper.OpenClue::reportedUnit)
                                            .distinct()
                                            .collect(Collectors.collectingAndThen(
                                                    Collectors.toList(), MultiLeadRules::named)),
                                    "clues",
                                    String.valueOf(all.size())));
                })
                .toList();
    }

    /** The unit a clue is about, as an owner: the organisation chosen, else the name written (spacing ignored). */
    private static String unitOf(WarningMapper.OpenClue clue) {
        if (clue.reportedOrgId() != null) {
            return "org:" + clue.reportedOrgId();
        }
        String name = clue.reportedUnit() == null ? "" : clue.reportedUnit().replaceAll("\\s+", "");
        return name.isEmpty() ? null : "text:" + name;
    }

    private List<Finding> applicationsLikeOthers() {
        Map<Long, List<WarningMapper.DuplicateFinding>> byApp = warnings.duplicateFindingsInFlight().stream()
                .filter(f -> f.params() != null && "true".equals(f.params().get("multiDepartment")))
                .collect(Collectors.groupingBy(
                        WarningMapper.DuplicateFinding::applicationId, LinkedHashMap::new, Collectors.toList()));
        return byApp.values().stream()
                .map(list -> {
                    WarningMapper.DuplicateFinding first = list.get(0);
                    return new Finding(
                            WarningRule.MULTI_LEAD,
                            Severity.WARNING,
                            "APPLICATION",
                            String.valueOf(first.applicationId()),
                            first.itemName(),
                            first.applicantOrgId(),
                            Map.of(
                                    "similarTo", first.params().getOrDefault("itemName", ""),
                                    "otherLead", first.params().getOrDefault("leadOrg", ""),
                                    "similar", String.valueOf(list.size())));
                })
                .toList();
    }

    /** At most {@value #NAMED} names joined by 、, then 等N项: a group may be large, its warning stays short. */
    static String named(List<String> names) {
        List<String> shown = names.stream()
                .limit(NAMED)
                .map(n -> n.codePointCount(0, n.length()) <= NAME_CHARS
                        ? n
                        : n.substring(0, n.offsetByCodePoints(0, NAME_CHARS)) + "…")
                .toList();
        String joined = String.join("、", shown);
        return names.size() > NAMED ? joined + "等" + names.size() + "项" : joined;
    }
}
