package cn.jianfu.admission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * One observation of the automatic pre-check, shown to the reviewers. {@code message} is the
 * Chinese text kept for the record; the UI renders {@code code} with {@code params} in the reader's
 * language.
 */
@Schema(description = "自动预审的一条发现")
public record PreCheckFinding(
        @Schema(
                        description = "编码：MISSING_BASIS 未具体写明依据；NEGATIVE_DATA_REPORTING、NEGATIVE_APP_OR_CHAT_GROUP、"
                                + "NEGATIVE_CHECK_IN、NEGATIVE_PHOTO_PROOF、NEGATIVE_SIGNBOARD、NEGATIVE_CERTIFICATE 涉及负面清单事项；"
                                + "NO_FUNDING 未费随事转；DUPLICATE_ITEM 可能与准入清单已有事项重复；"
                                + "DUPLICATE_APPLICATION 可能与正在办理的申请重复；WORKLOAD 工作量估算")
                String code,
        @Schema(description = "级别：INFO 提示，WARN 需要注意") Level level,
        @Schema(description = "中文说明，留档用") String message,
        @Schema(
                        description = "界面按 code 组织文字用的参数：WORKLOAD 有 villages、hoursPerVillage、totalHours、heavy；"
                                + "DUPLICATE_ITEM 有 listNo、itemName、leadOrg；DUPLICATE_APPLICATION 有 applicationId、itemName；"
                                + "其他为空")
                Map<String, String> params) {

    public PreCheckFinding {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    PreCheckFinding(String code, Level level, String message) {
        this(code, level, message, Map.of());
    }

    public enum Level {
        INFO,
        WARN
    }
}
