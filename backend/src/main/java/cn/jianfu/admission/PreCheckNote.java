package cn.jianfu.admission;

import java.util.List;

/**
 * The history's one line about a pre-check run. It counts every finding the reviewers' panel lists
 * (needing attention and for information alike), so the history never says "nothing found" while
 * the panel shows findings.
 */
final class PreCheckNote {

    static final String NOTHING_FOUND = "未发现问题";

    private PreCheckNote() {}

    static String of(List<PreCheckFinding> findings) {
        long warnings = findings.stream()
                .filter(f -> f.level() == PreCheckFinding.Level.WARN)
                .count();
        long notes = findings.size() - warnings;
        if (warnings == 0 && notes == 0) {
            return NOTHING_FOUND;
        }
        if (notes == 0) {
            return "发现 " + warnings + " 项需关注";
        }
        if (warnings == 0) {
            return "发现 " + notes + " 项提示";
        }
        return "发现 " + warnings + " 项需关注、" + notes + " 项提示";
    }
}
