package cn.jianfu.bench.faults;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough JSON for the load: flat request bodies out, a few string and number fields in. */
final class JsonText {

    private JsonText() {}

    /** {"k1": v1, ...} from alternating names and values (String, Number, Boolean, List, null). */
    static String object(Object... namesAndValues) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                s.append(',');
            }
            s.append(quote((String) namesAndValues[i])).append(':').append(value(namesAndValues[i + 1]));
        }
        return s.append('}').toString();
    }

    /** The first string value of {@code field}, anywhere in {@code json}. */
    static Optional<String> string(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first number value of {@code field}, anywhere in {@code json}. */
    static Optional<Long> number(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(-?\\d+)")
                .matcher(json);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                s.append(i > 0 ? "," : "").append(value(list.get(i)));
            }
            return s.append(']').toString();
        }
        if (v instanceof Map<?, ?>) {
            throw new IllegalArgumentException("nested objects are not needed here");
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
