package cn.jianfu.admission;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.TextLimits;
import java.util.Map;

/** The comments people write on an application's steps: trimmed, bounded, required where a reason is owed. */
final class Comments {

    static final int MAX_COMMENT = TextLimits.DECISION_COMMENT;

    private Comments() {}

    static String read(String comment, boolean required) {
        String c = comment == null ? null : comment.strip();
        if (required && (c == null || c.isEmpty())) {
            throw ApiException.invalid(Map.of("comment", "请填写意见或理由"));
        }
        if (c != null && TextLimits.exceeds(c, MAX_COMMENT)) {
            throw ApiException.invalid(Map.of("comment", "意见不能超过" + MAX_COMMENT + "个字"));
        }
        return c == null || c.isEmpty() ? null : c;
    }
}
