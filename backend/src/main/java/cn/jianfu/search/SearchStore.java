package cn.jianfu.search;

import java.util.List;
import org.springframework.stereotype.Component;

/** What the search feature keeps in the database: the change counter and the synonym groups. */
@Component
public class SearchStore {

    private final SearchVersionMapper versions;
    private final SynonymMapper synonyms;

    SearchStore(SearchVersionMapper versions, SynonymMapper synonyms) {
        this.versions = versions;
        this.synonyms = synonyms;
    }

    long version() {
        return versions.current();
    }

    void bump() {
        versions.bump();
    }

    /** Locks the version row for the rest of the transaction (without changing it). */
    void lockForChange() {
        versions.lock();
    }

    List<List<String>> synonymGroups() {
        return synonyms.findAll().stream().map(SynonymGroupRow::termList).toList();
    }
}
