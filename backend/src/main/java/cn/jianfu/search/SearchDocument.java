package cn.jianfu.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One thing to find: its kind (e.g. {@code admission-item}), its id in the feature that owns it,
 * and its texts by {@link SearchField}. Features hand documents to the index through a
 * {@link DocumentSource}; the index knows nothing else about them.
 */
public record SearchDocument(String kind, long id, Map<SearchField, String> texts) {

    public SearchDocument {
        EnumMap<SearchField, String> copy = new EnumMap<>(SearchField.class);
        texts.forEach((field, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(field, text);
            }
        });
        texts = Collections.unmodifiableMap(copy);
    }

    public static SearchDocument of(String kind, long id) {
        return new SearchDocument(kind, id, Map.of());
    }

    /** The same document with one more text (blank texts are left out). */
    public SearchDocument with(SearchField field, String text) {
        EnumMap<SearchField, String> more = new EnumMap<>(SearchField.class);
        more.putAll(texts);
        if (text != null) {
            more.put(field, text);
        }
        return new SearchDocument(kind, id, more);
    }

    /** All texts in field order, one per line: what matching terms are looked up in. */
    String allText() {
        return String.join("\n", texts.values());
    }
}
