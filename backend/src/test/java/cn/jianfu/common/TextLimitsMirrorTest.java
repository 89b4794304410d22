package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The UI's text limits ({@code frontend/src/lib/text-limits.ts}) are {@link TextLimits}: every
 * {@code public static final int} there, with the same name and value, and nothing else.
 */
class TextLimitsMirrorTest {

    private static final String MIRROR = "frontend/src/lib/text-limits.ts";
    private static final Pattern EXPORT =
            Pattern.compile("(?m)^export\\s+const\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*(\\d+)\\s*;");

    @Test
    void theFrontendHasEveryLimitWithTheSameValueAndNoOther() throws Exception {
        Map<String, Integer> java = javaLimits();
        Map<String, Integer> ts = frontendLimits();
        assertThat(java).as("TextLimits has no public static final int").isNotEmpty();

        List<String> mismatches = new ArrayList<>();
        java.forEach((name, value) -> {
            if (!ts.containsKey(name)) {
                mismatches.add(name + " = " + value + " is missing from " + MIRROR);
            } else if (!ts.get(name).equals(value)) {
                mismatches.add(name + " is " + value + " in TextLimits but " + ts.get(name) + " in " + MIRROR);
            }
        });
        ts.forEach((name, value) -> {
            if (!java.containsKey(name)) {
                mismatches.add(name + " = " + value + " is in " + MIRROR + " but not in TextLimits");
            }
        });
        assertThat(mismatches).as("text limits that differ").isEmpty();
    }

    private static Map<String, Integer> javaLimits() throws IllegalAccessException {
        Map<String, Integer> out = new TreeMap<>();
        for (Field f : TextLimits.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == int.class) {
                out.put(f.getName(), f.getInt(null));
            }
        }
        return out;
    }

    private static Map<String, Integer> frontendLimits() throws IOException {
        String source = Files.readString(mirrorFile(), StandardCharsets.UTF_8);
        Map<String, Integer> out = new TreeMap<>();
        Matcher m = EXPORT.matcher(source);
        while (m.find()) {
            out.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return out;
    }

    /** The file, whether the tests run in the backend module (Maven) or at the repository's root (an IDE). */
    private static Path mirrorFile() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve(MIRROR);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("cannot find " + MIRROR + " above " + dir);
    }
}
