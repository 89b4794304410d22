package cn.jianfu.monitor;

import java.util.List;

/**
 * The clue chain's names for what the monitor counts, in display order; implemented by the clue
 * feature, so the monitor reads the tables without knowing the feature's classes.
 */
public interface ClueVocabulary {

    List<Term> categories();

    List<Term> statuses();

    record Term(String key, String label) {}
}
