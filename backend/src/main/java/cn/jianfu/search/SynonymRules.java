package cn.jianfu.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a synonym group must satisfy, with one Chinese message per offending field: {@code terms}
 * for the group as a whole, {@code terms[i]} (0-based, as the form sends them) for one term.
 * Lengths count characters, so 𠀀 or 😀 count as one.
 */
final class SynonymRules {

    static final int MIN_TERMS = 2;
    static final int MAX_TERMS = 20;
    static final int MAX_TERM_LENGTH = 20;

    private static final Pattern FORBIDDEN = Pattern.compile("[|,，;；/\\\\=>\\p{Cntrl}]");

    private SynonymRules() {}

    /** The terms stripped, in order. */
    static List<String> clean(SynonymForm form) {
        List<String> terms = new ArrayList<>();
        if (form != null && form.terms() != null) {
            form.terms().forEach(t -> terms.add(t == null ? "" : t.strip()));
        }
        return terms;
    }

    /**
     * Field messages for {@code terms}; {@code others} are the terms of the other groups by group
     * id, since one word may belong to one group only.
     */
    static Map<String, String> check(List<String> terms, Map<Long, List<String>> others, Analysis analysis) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (terms.size() < MIN_TERMS) {
            errors.put("terms", "一组同义词至少要有" + MIN_TERMS + "个词");
        } else if (terms.size() > MAX_TERMS) {
            errors.put("terms", "一组同义词最多" + MAX_TERMS + "个词");
        }
        for (int i = 0; i < terms.size(); i++) {
            String message = checkTerm(terms, i, others, analysis);
            if (message != null) {
                errors.put("terms[" + i + "]", message);
            }
        }
        return errors;
    }

    private static String checkTerm(List<String> terms, int i, Map<Long, List<String>> others, Analysis analysis) {
        String term = terms.get(i);
        String which = "第" + (i + 1) + "个词";
        if (term.isEmpty()) {
            return which + "不能为空，请填写或删除该项";
        }
        if (term.codePointCount(0, term.length()) > MAX_TERM_LENGTH) {
            return which + "不能超过" + MAX_TERM_LENGTH + "个字";
        }
        if (FORBIDDEN.matcher(term).find()) {
            return which + "不能包含分隔符号（| , ; / \\ = > 或换行）";
        }
        if (!analysis.analysable(term)) {
            return which + "只有标点或虚词，无法用于检索";
        }
        int same = terms.subList(0, i).indexOf(term);
        if (same >= 0) {
            return which + "与第" + (same + 1) + "个词重复";
        }
        String key = key(term);
        for (Map.Entry<Long, List<String>> other : others.entrySet()) {
            if (other.getValue().stream().anyMatch(t -> key(t).equals(key))) {
                return "「" + term + "」已在第" + other.getKey() + "号同义词组中，一个词只能属于一组";
            }
        }
        return null;
    }

    private static String key(String term) {
        return Analysis.normalize(term).toLowerCase(Locale.ROOT);
    }
}
