package cn.jianfu.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads any text (an application, a clue) for practices of the negative list: "每天在工作群打卡"
 * speaks of {@link NegativePractice#APP_OR_CHAT_GROUP} (工作群) and {@link NegativePractice#CHECK_IN}
 * (打卡). A phrase right after a prohibition in the same clause ("不得要求打卡", "无需拍照") does not
 * count. Latin phrases match whole words only (App, not "application"); full-width letters and case
 * do not matter.
 */
@Component
public class NegativeListScreen {

    /** How far before a phrase, within its clause, a prohibition is looked for. */
    static final int NEGATION_WINDOW = 10;

    private static final List<String> PROHIBITIONS =
            List.of("不得", "不要求", "不需", "无需", "无须", "不必", "禁止", "严禁", "不再", "取消", "杜绝", "不搞", "不设", "免于", "不用");
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;，,！!？?\\n、：:]");

    /** The practices {@code text} speaks of, in the order of {@link NegativePractice}, each once with its first phrase. */
    public List<NegativeMention> screen(String text) {
        List<NegativeMention> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String lower = normalized.toLowerCase(Locale.ROOT);
        for (NegativePractice practice : NegativePractice.values()) {
            String phrase = firstAffirmed(normalized, lower, practice);
            if (phrase != null) {
                found.add(new NegativeMention(practice, phrase));
            }
        }
        return found;
    }

    private static String firstAffirmed(String normalized, String lower, NegativePractice practice) {
        // lower-casing may change the length of exotic letters: then quote the lower-case text
        String source = normalized.length() == lower.length() ? normalized : lower;
        int best = Integer.MAX_VALUE;
        String phraseFound = null;
        for (String phrase : practice.phrases()) {
            Matcher m = pattern(phrase).matcher(lower);
            while (m.find() && m.start() < best) {
                if (!prohibited(lower, m.start())) {
                    best = m.start();
                    phraseFound = source.substring(m.start(), m.end());
                    break;
                }
            }
        }
        return phraseFound;
    }

    private static Pattern pattern(String phrase) {
        String quoted = Pattern.quote(phrase);
        return phrase.chars().allMatch(c -> c < 128 && Character.isLetter(c))
                ? Pattern.compile("(?<![a-z])" + quoted + "(?![a-z])")
                : Pattern.compile(quoted);
    }

    private static boolean prohibited(String text, int at) {
        int from = Math.max(0, at - NEGATION_WINDOW);
        String before = text.substring(from, at);
        Matcher end = CLAUSE_END.matcher(before);
        int clauseStart = 0;
        while (end.find()) {
            clauseStart = end.end();
        }
        String clause = before.substring(clauseStart);
        return PROHIBITIONS.stream().anyMatch(clause::contains);
    }
}
