package cn.jianfu.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The one error body every endpoint answers with. */
@Schema(description = "出错时的回答（所有接口相同），不含堆栈信息")
public record ApiError(
        @Schema(description = "HTTP 状态码，与响应状态相同") int status,
        @Schema(description = "给用户看的中文说明") String message,
        @Schema(description = "校验错误时按字段给出的中文提示（字段名 → 提示）；其他错误时没有此字段") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                Map<String, String> fieldErrors) {

    public static final String INVALID_INPUT = "提交的内容有误，请按提示修改";
}
