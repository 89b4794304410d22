package cn.jianfu.search;

import java.util.List;

/**
 * A document found for a query: its id, the relevance score (BM25, higher is better, comparable
 * only within one answer) and the query's terms, synonyms included, that occur in its texts.
 */
public record SearchHit(long id, float score, List<String> matchedTerms) {

    public SearchHit {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
