package cn.jianfu.bench;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a number or two out of an answer: enough for sanity checks, no JSON library needed. */
public final class Json {

    private Json() {}

    /** The first number under {@code field}; fails when there is none. */
    public static BigDecimal first(String json, String field) {
        Matcher m = pattern(field).matcher(json);
        if (!m.find()) {
            throw new BenchFailure("no number \"" + field + "\" in " + json.substring(0, Math.min(200, json.length())));
        }
        return new BigDecimal(m.group(1));
    }

    /** The sum of every number under {@code field}, at any depth. */
    public static BigDecimal sum(String json, String field) {
        Matcher m = pattern(field).matcher(json);
        BigDecimal total = BigDecimal.ZERO;
        while (m.find()) {
            total = total.add(new BigDecimal(m.group(1)));
        }
        return total;
    }

    private static Pattern pattern(String field) {
        return Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)");
    }
}
