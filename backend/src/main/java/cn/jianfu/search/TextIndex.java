package cn.jianfu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One immutable in-memory snapshot of the index (a {@link ByteBuffersDirectory}): built in one go
 * from documents, searched by any number of threads, replaced as a whole when stale.
 */
final class TextIndex {

    /** Longer queries are cut here (in characters), which also bounds the number of query clauses. */
    static final int MAX_QUERY_CHARS = 100;

    static final String ALL = "all";
    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String TEXT = "text";

    private final long version;
    private final Analysis analysis;
    private final Queries queries;
    private final IndexSearcher searcher;

    private TextIndex(long version, Analysis analysis, IndexSearcher searcher) {
        this.version = version;
        this.analysis = analysis;
        this.queries = new Queries(analysis);
        this.searcher = searcher;
    }

    static TextIndex build(long version, Analysis analysis, List<SearchDocument> documents) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexing()))) {
            for (SearchDocument d : documents) {
                writer.addDocument(document(d));
            }
            writer.commit();
            return new TextIndex(version, analysis, new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KIND, d.kind(), Field.Store.NO));
        doc.add(new StoredField(ID, d.id()));
        String all = Analysis.normalize(d.allText());
        doc.add(new StoredField(TEXT, all.toLowerCase(Locale.ROOT)));
        doc.add(new TextField(ALL, all, Field.Store.NO));
        doc.add(new TextField(ALL + Analysis.BIGRAM_SUFFIX, all, Field.Store.NO));
        d.texts().forEach((field, text) -> {
            String t = Analysis.normalize(text);
            doc.add(new TextField(field.words(), t, Field.Store.NO));
            if (field.bigrams() != null) {
                doc.add(new TextField(field.bigrams(), t, Field.Store.NO));
            }
        });
        return doc;
    }

    long version() {
        return version;
    }

    Analysis analysis() {
        return analysis;
    }

    /** Documents of {@code kind} (any kind when null) that match {@code text}, best first. */
    List<SearchHit> find(String kind, String text, int limit) {
        String q = cut(text);
        Query match = queries.match(q);
        Query rank = queries.rank(q);
        if (match == null || rank == null) {
            return List.of();
        }
        BooleanQuery.Builder b =
                new BooleanQuery.Builder().add(match, Occur.MUST).add(rank, Occur.SHOULD);
        return search(kind, b, q, limit);
    }

    /** Documents of {@code kind} that share at least one word or bigram with {@code text}, best first. */
    List<SearchHit> nearest(String kind, String text, int limit) {
        String q = cut(text);
        Query rank = queries.rank(q);
        if (rank == null) {
            return List.of();
        }
        return search(kind, new BooleanQuery.Builder().add(rank, Occur.MUST), q, limit);
    }

    private List<SearchHit> search(String kind, BooleanQuery.Builder query, String text, int limit) {
        if (kind != null) {
            query.add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
        }
        try {
            ScoreDoc[] docs = searcher.search(query.build(), Math.max(1, limit)).scoreDocs;
            Set<String> terms = analysis.expandedTerms(text);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                Document doc = stored.document(sd.doc);
                String haystack = doc.get(TEXT);
                List<String> matched =
                        mostSpecific(terms.stream().filter(haystack::contains).toList());
                hits.add(new SearchHit(doc.getField(ID).numericValue().longValue(), sd.score, matched));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves out terms that are part of another matched term (低 and 保 when 低保 matched). */
    private static List<String> mostSpecific(List<String> matched) {
        return matched.stream()
                .filter(t -> matched.stream().noneMatch(o -> o.length() > t.length() && o.contains(t)))
                .toList();
    }

    private static String cut(String text) {
        String t = Analysis.normalize(text).strip();
        if (t.codePointCount(0, t.length()) <= MAX_QUERY_CHARS) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, MAX_QUERY_CHARS));
    }
}
