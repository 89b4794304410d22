package cn.jianfu.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The one search engine of the application: Chinese-aware matching and ranking for the admission
 * list, the public lookup and the pre-check's duplicate detection.
 *
 * <p><b>Cluster correctness.</b> The index lives in each node's memory and is rebuilt from the
 * database. Every change that affects it — an item put on the list, a synonym group added, changed
 * or deleted — calls {@link #markChanged()}, which bumps the single row of
 * {@code search_index_version} in the same transaction as the change. Before every search the node
 * reads that row (one primary-key lookup) and rebuilds when the number differs from the one its
 * snapshot was built at. So a node never answers from an index older than the last committed
 * change, on whichever node it was made; a change rolled back leaves the number as it was (a
 * snapshot built from uncommitted data is then simply rebuilt). Items that fall out of force with
 * time need no rebuild: the index holds every item and validity is filtered in SQL.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final SearchStore store;
    private final List<DocumentSource> sources;
    private volatile TextIndex current;

    public SearchIndex(SearchStore store, List<DocumentSource> sources) {
        this.store = store;
        this.sources = List.copyOf(sources);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        fresh();
    }

    /** Documents of {@code kind} matching every word of {@code text} (synonyms count), best first. */
    public List<SearchHit> find(String kind, String text, int limit) {
        return fresh().find(kind, text, limit);
    }

    /** Documents of {@code kind} sharing some words or characters with {@code text}, best first. */
    public List<SearchHit> nearest(String kind, String text, int limit) {
        return fresh().nearest(kind, text, limit);
    }

    /**
     * Ranks a handful of documents that are not in the shared index (e.g. applications in flight,
     * read with a bounded query) with the same analysis and synonyms, best first.
     */
    public List<SearchHit> rank(String text, List<SearchDocument> candidates, int limit) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        TextIndex index = fresh();
        return TextIndex.build(index.version(), index.analysis(), candidates).nearest(null, text, limit);
    }

    /**
     * How alike two short texts (titles) are, from 0 to 1: the share of the words of both that the
     * other contains, a synonym counting as the same word; word order does not matter.
     */
    public double similarity(String a, String b) {
        return words(a).similarity(words(b));
    }

    /** A text's words and their reach, for comparing one text with many ({@link Words#similarity}). */
    public Words words(String text) {
        Analysis analysis = fresh().analysis();
        return new Words(new LinkedHashSet<>(analysis.words(text)), analysis.queryTerms(text));
    }

    /**
     * Substrings worth a SQL {@code LIKE} pre-filter for texts similar to {@code text}: its words
     * and their synonyms of two or more characters, then its character bigrams; at most {@code max}.
     */
    public List<String> likePatterns(String text, int max) {
        Analysis analysis = fresh().analysis();
        Set<String> patterns = new LinkedHashSet<>();
        analysis.expandedTerms(text).stream()
                .filter(t -> t.codePointCount(0, t.length()) >= 2)
                .forEach(patterns::add);
        analysis.bigrams(text).stream()
                .filter(t -> t.codePointCount(0, t.length()) == 2)
                .forEach(patterns::add);
        return new ArrayList<>(patterns).subList(0, Math.min(max, patterns.size()));
    }

    /**
     * Announces a change to every node. Call it in the transaction that makes the change, after
     * its writes: a search in the same transaction before them would otherwise build a snapshot
     * carrying the new version without the new data.
     */
    public void markChanged() {
        store.bump();
    }

    /** The snapshot, rebuilt first if some node changed the list or the synonyms since it was built. */
    TextIndex fresh() {
        long version = store.version();
        TextIndex index = current;
        if (index != null && index.version() == version) {
            return index;
        }
        synchronized (this) {
            index = current;
            if (index == null || index.version() != version) {
                index = rebuild(version);
                current = index;
            }
            return index;
        }
    }

    private TextIndex rebuild(long version) {
        long started = System.nanoTime();
        Analysis analysis = Analysis.withSynonyms(store.synonymGroups());
        List<SearchDocument> documents = new ArrayList<>();
        sources.forEach(s -> documents.addAll(s.documents()));
        TextIndex index = TextIndex.build(version, analysis, documents);
        log.info(
                "search index version {} built: {} documents in {} ms",
                version,
                documents.size(),
                (System.nanoTime() - started) / 1_000_000);
        return index;
    }
}
