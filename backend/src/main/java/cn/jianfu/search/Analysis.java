package cn.jianfu.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * How text becomes terms, in one place for indexing, querying, synonyms and similarity: smartcn
 * word segmentation (lower-cased, punctuation and a few function words dropped), a character
 * bigram view of the same text for partial matches the segmenter splits differently, and at query
 * time the office's synonym groups through Lucene's {@link SynonymGraphFilter}. Texts are NFKC
 * normalised first, so full-width "ＡＰＰ" and "APP" are one term.
 */
final class Analysis {

    static final String BIGRAM_SUFFIX = "_bi";

    private static final CharArraySet STOP_WORDS = stopWords();

    private final Analyzer words = wordAnalyzer(null);
    private final Analyzer bigrams = bigrams();
    private final Analyzer query;
    /** Per synonym group: each term (normalised, lower case) with its words. */
    private final List<Map<String, List<String>>> groups;

    private Analysis(SynonymMap synonyms, List<List<String>> groups) {
        this.query = synonyms == null ? words : wordAnalyzer(synonyms);
        this.groups = new ArrayList<>();
        for (List<String> group : groups) {
            Map<String, List<String>> terms = new LinkedHashMap<>();
            group.forEach(t -> terms.putIfAbsent(normalize(t).toLowerCase(Locale.ROOT), words(t)));
            terms.values().removeIf(List::isEmpty);
            this.groups.add(terms);
        }
    }

    /** The analysis with these synonym groups (terms that analyse to nothing are left out). */
    static Analysis withSynonyms(List<List<String>> groups) {
        SynonymMap map = new Analysis(null, List.of()).synonymMap(groups);
        return new Analysis(map.fst == null ? null : map, groups);
    }

    static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** For the index writer: words everywhere, bigrams in the {@code *_bi} fields. */
    Analyzer indexing() {
        Map<String, Analyzer> perField = new LinkedHashMap<>();
        for (SearchField f : SearchField.values()) {
            if (f.bigrams() != null) {
                perField.put(f.bigrams(), bigrams);
            }
        }
        perField.put(TextIndex.ALL + BIGRAM_SUFFIX, bigrams);
        return new PerFieldAnalyzerWrapper(words, perField);
    }

    /** Words with synonyms: what queries are analysed with. */
    Analyzer query() {
        return query;
    }

    Analyzer bigramAnalyzer() {
        return bigrams;
    }

    /** The segmented words of a text, without synonyms, in order (duplicates kept). */
    List<String> words(String text) {
        return tokens(words, text);
    }

    /** The distinct terms a query for {@code text} looks for: its words and their synonyms. */
    Set<String> queryTerms(String text) {
        return new LinkedHashSet<>(tokens(query, text));
    }

    /**
     * The query's words and, for every synonym group one of whose terms occurs in it, the group's
     * terms as written (打卡 rather than the segmenter's 打/卡): what "matched terms" are looked up by.
     */
    Set<String> expandedTerms(String text) {
        List<String> words = words(text);
        Set<String> terms = new LinkedHashSet<>(words);
        for (Map<String, List<String>> group : groups) {
            if (group.values().stream().anyMatch(w -> Collections.indexOfSubList(words, w) >= 0)) {
                terms.addAll(group.keySet());
            }
        }
        return terms;
    }

    /** The character bigrams of a text (single characters where no neighbour is CJK). */
    List<String> bigrams(String text) {
        return tokens(bigrams, text);
    }

    /** Whether a synonym term leaves at least one word after analysis. */
    boolean analysable(String term) {
        return !words(term).isEmpty();
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", normalize(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private SynonymMap synonymMap(List<List<String>> groups) {
        try {
            SynonymMap.Parser parser = new SynonymMap.Parser(true, words) {
                @Override
                public void parse(Reader in) {
                    throw new UnsupportedOperationException("groups are added one by one");
                }
            };
            for (List<String> group : groups) {
                List<CharsRef> terms = analysed(parser, group);
                for (CharsRef a : terms) {
                    for (CharsRef b : terms) {
                        if (!a.equals(b)) {
                            parser.add(a, b, true);
                        }
                    }
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CharsRef> analysed(SynonymMap.Parser parser, List<String> group) throws IOException {
        Map<String, CharsRef> distinct = new LinkedHashMap<>();
        for (String term : group) {
            try {
                CharsRef ref = parser.analyze(normalize(term), new CharsRefBuilder());
                distinct.putIfAbsent(ref.toString(), ref);
            } catch (IllegalArgumentException ignored) {
                // a term of punctuation only: nothing to match, the API refuses such terms anyway
            }
        }
        return new ArrayList<>(distinct.values());
    }

    private static Analyzer wordAnalyzer(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new HMMChineseTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(source), STOP_WORDS);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        // function words that say nothing about which item is meant
        for (String w : List.of("的", "了", "和", "与", "及", "或", "等", "之")) {
            set.add(w.toLowerCase(Locale.ROOT));
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
