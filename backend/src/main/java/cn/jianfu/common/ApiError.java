package cn.jianfu.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The one error body every endpoint answers with. */
public record ApiError(
        int status, String message, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> fieldErrors) {

    public static final String INVALID_INPUT = "提交的内容有误，请按提示修改";
}
