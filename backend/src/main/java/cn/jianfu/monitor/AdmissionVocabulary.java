package cn.jianfu.monitor;

import cn.jianfu.monitor.ClueVocabulary.Term;
import java.util.List;

/**
 * The admission chain's names for what the dashboard counts, in display order; implemented by the
 * admission feature, so the monitor reads the tables without knowing the feature's classes.
 */
public interface AdmissionVocabulary {

    /** Application statuses other than draft. */
    List<Term> statuses();

    /** The user tasks of the admission process, by task id. */
    List<Term> steps();

    List<Term> itemCategories();
}
