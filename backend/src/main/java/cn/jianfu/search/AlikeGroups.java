package cn.jianfu.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of texts that read alike. Texts are linked when they are at least {@code threshold} alike
 * (see {@link Words#similarity}); a group is everything linked, directly or through others. Only
 * texts sharing a word are compared. With owners it finds the shape of 多头指派 — two departments'
 * items that ask the same of villages, the same problem reported about different units — and
 * without, problems that keep coming back (未诉先办).
 */
public final class AlikeGroups {

    /** One text: its id (the group's subject is its smallest id), who it belongs to, its words. */
    public record Entry(long id, String owner, Words words) {}

    private AlikeGroups() {}

    /** The groups with two or more owners, each ordered by id, the groups by their first id. */
    public static List<List<Entry>> of(List<Entry> entries, double threshold) {
        return of(entries, threshold, 2, 2);
    }

    /**
     * The groups of at least {@code minSize} texts with at least {@code minOwners} owners, each
     * ordered by id, the groups by their first id.
     */
    public static List<List<Entry>> of(List<Entry> entries, double threshold, int minSize, int minOwners) {
        int n = entries.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> reachedBy = new HashMap<>();
        for (int j = 0; j < n; j++) {
            for (String word : entries.get(j).words().reach()) {
                reachedBy.computeIfAbsent(word, w -> new ArrayList<>()).add(j);
            }
        }
        for (int i = 0; i < n; i++) {
            Entry a = entries.get(i);
            for (String word : a.words().words()) {
                for (int j : reachedBy.getOrDefault(word, List.of())) {
                    if (j != i
                            && find(parent, i) != find(parent, j)
                            && a.words().similarity(entries.get(j).words()) >= threshold) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
        }
        Map<Integer, List<Entry>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(entries.get(i));
        }
        return groups.values().stream()
                .filter(g -> g.size() >= minSize
                        && g.stream().map(Entry::owner).distinct().count() >= minOwners)
                .map(g -> g.stream()
                        .sorted((x, y) -> Long.compare(x.id(), y.id()))
                        .toList())
                .sorted((x, y) -> Long.compare(x.get(0).id(), y.get(0).id()))
                .toList();
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }
}
