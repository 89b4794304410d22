package cn.jianfu.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what someone typed into Lucene queries.
 *
 * <p>A document <em>matches</em> when it contains the query's words in any order and in any of its
 * texts — all of them for up to {@value #ALL_WORDS_UP_TO} words, three in four beyond — where a
 * word also counts when a synonym of it occurs, or when its characters occur together (the
 * segmenter may cut 微信群 as 微/信/群 in one text and 微信/群 in another). The <em>ranking</em>
 * adds, per field and weighted by {@link SearchField}, every word and bigram that occurs, so titles
 * win and more shared words rank higher. Documents that share only some words are the
 * <em>nearest</em> ones, ranked the same way.
 */
final class Queries {

    static final int ALL_WORDS_UP_TO = 4;

    private final Analysis analysis;

    Queries(Analysis analysis) {
        this.analysis = analysis;
    }

    /** The query a matching document must satisfy, or null when the text has no searchable word. */
    Query match(String text) {
        Query q = new CrossFieldWords(analysis).createBooleanQuery(TextIndex.ALL, text, Occur.SHOULD);
        if (!(q instanceof BooleanQuery words) || words.clauses().size() < 2) {
            return q;
        }
        int n = words.clauses().size();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        words.clauses().forEach(b::add);
        return b.setMinimumNumberShouldMatch(n <= ALL_WORDS_UP_TO ? n : (int) Math.ceil(n * 0.75))
                .build();
    }

    /** Scores by every word and bigram that occurs, weighted by field; null when nothing to look for. */
    Query rank(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        QueryBuilder words = new QueryBuilder(analysis.query());
        QueryBuilder bigrams = new QueryBuilder(analysis.bigramAnalyzer());
        int clauses = 0;
        for (SearchField f : SearchField.values()) {
            Query w = words.createBooleanQuery(f.words(), text, Occur.SHOULD);
            if (w != null) {
                b.add(new BoostQuery(w, f.weight()), Occur.SHOULD);
                clauses++;
            }
            Query bi = f.bigrams() == null ? null : bigrams.createBooleanQuery(f.bigrams(), text, Occur.SHOULD);
            if (bi != null) {
                b.add(new BoostQuery(bi, f.weight() / 2), Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : b.build();
    }

    /**
     * Builds the match query on the catch-all field: each word (or synonym path) becomes "this word,
     * or its characters as adjacent bigrams", and alternatives become a disjunction, so the
     * top-level query has one clause per position of the query.
     */
    private static final class CrossFieldWords extends QueryBuilder {

        private final Analysis analysis;

        CrossFieldWords(Analysis analysis) {
            super(analysis.query());
            this.analysis = analysis;
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            String word = term.text();
            List<Query> alternatives = new ArrayList<>();
            alternatives.add(new TermQuery(term));
            if (word.codePointCount(0, word.length()) >= 2 && isHan(word)) {
                alternatives.add(adjacentBigrams(word));
            }
            return new DisjunctionMaxQuery(alternatives, 0f);
        }

        @Override
        protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
            List<Query> alternatives = new ArrayList<>();
            for (TermAndBoost t : terms) {
                alternatives.add(newTermQuery(new Term(field, t.term), t.boost));
            }
            return new DisjunctionMaxQuery(alternatives, 0f);
        }

        @Override
        protected Query newGraphSynonymQuery(Iterator<Query> paths) {
            List<Query> alternatives = new ArrayList<>();
            paths.forEachRemaining(alternatives::add);
            return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
        }

        private Query adjacentBigrams(String word) {
            List<String> grams = analysis.bigrams(word);
            String field = TextIndex.ALL + Analysis.BIGRAM_SUFFIX;
            if (grams.size() == 1) {
                return new TermQuery(new Term(field, grams.get(0)));
            }
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int i = 0; i < grams.size(); i++) {
                phrase.add(new Term(field, grams.get(i)), i);
            }
            return phrase.build();
        }

        private static boolean isHan(String word) {
            return word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }
    }
}
