package cn.jianfu.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the field of a request body Jackson could not read (wrong type, unknown choice, malformed
 * text) and says in Chinese what was wrong with it; empty when the body as a whole was unreadable.
 */
final class JsonFieldError {

    /** Ids, counts and scores: a fraction is refused (see {@code JsonSettings}), not cut. */
    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(Long.class, long.class, Integer.class, int.class, Short.class, short.class, BigInteger.class);

    private JsonFieldError() {}

    static Map<String, String> of(Throwable e) {
        JsonMappingException mapping = find(e, JsonMappingException.class);
        String field = mapping == null ? null : field(mapping.getPath());
        return field == null ? Map.of() : Map.of(field, message(mapping));
    }

    /**
     * The innermost named property: {@code unitIds} for {@code unitIds[0]}; an entry of an object
     * field by its path, {@code scores.TASKS} (as the forms name it when they check its value).
     */
    private static String field(List<JsonMappingException.Reference> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            JsonMappingException.Reference ref = path.get(i);
            String name = ref.getFieldName();
            if (name != null) {
                String parent = ref.getFrom() instanceof Map ? field(path.subList(0, i)) : null;
                return parent == null ? name : parent + "." + name;
            }
        }
        return null;
    }

    private static String message(Throwable e) {
        if (find(e, StrictText.MalformedText.class) != null) {
            return "包含无法识别的字符（不完整的生僻字或表情），请删除后重新输入";
        }
        if (find(e, InputCoercionException.class) != null) {
            return "数值超出范围";
        }
        MismatchedInputException mismatch = find(e, MismatchedInputException.class);
        Class<?> target = mismatch == null ? null : mismatch.getTargetType();
        if (target == null) {
            return find(e, JsonParseException.class) != null ? "包含无法识别的内容" : "格式不正确";
        }
        if (target.isEnum()) {
            return "不是可选的值，请从给定的选项中选择";
        }
        if (target == String.class) {
            return "应填写文字";
        }
        if (WHOLE_NUMBERS.contains(target)) {
            return "应填写整数";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "应填写数字";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "应为是或否";
        }
        if (target == LocalDateTime.class || target == OffsetDateTime.class) {
            return "时间格式不正确，应为 yyyy-MM-ddTHH:mm:ss+08:00";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "日期格式不正确，应为 yyyy-MM-dd";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "应为列表";
        }
        return "格式不正确";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
