package cn.jianfu.search;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** A synonym group as stored: its terms joined by {@value #SEPARATOR}, which a term may not contain. */
class SynonymGroupRow {

    static final String SEPARATOR = "|";

    Long id;
    String terms;
    LocalDateTime createdAt;
    LocalDateTime updatedAt;

    List<String> termList() {
        return Arrays.stream(terms.split("\\" + SEPARATOR))
                .filter(t -> !t.isBlank())
                .toList();
    }

    SynonymGroup toGroup() {
        return new SynonymGroup(id, termList(), createdAt, updatedAt);
    }
}
