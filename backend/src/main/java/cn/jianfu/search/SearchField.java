package cn.jianfu.search;

/**
 * The texts a {@link SearchDocument} may carry, with how much a match in each counts for the
 * ranking: a match in the title outweighs one in the content, which outweighs the basis, the
 * standard or the department.
 */
public enum SearchField {
    TITLE("title", 4f, true),
    CONTENT("content", 2f, true),
    STANDARD("standard", 1.5f, false),
    BASIS("basis", 1f, false),
    DEPARTMENT("department", 1f, false),
    /** Identifiers such as a list number (ZR-2026-001). */
    CODE("code", 1f, false);

    private final String field;
    private final float weight;
    private final boolean bigrams;

    SearchField(String field, float weight, boolean bigrams) {
        this.field = field;
        this.weight = weight;
        this.bigrams = bigrams;
    }

    /** The Lucene field of segmented words. */
    String words() {
        return field;
    }

    /** The Lucene field of character bigrams, for partial matches the segmenter splits differently; or null. */
    String bigrams() {
        return bigrams ? field + Analysis.BIGRAM_SUFFIX : null;
    }

    float weight() {
        return weight;
    }
}
