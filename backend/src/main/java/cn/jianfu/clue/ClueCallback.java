package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** One call-back (回访) of the reporter by the office. */
@Schema(description = "回访记录（只返回给减负办和核查人员）")
public record ClueCallback(
        long id,
        @Schema(description = "是否联系上反映人") boolean reached,
        @Schema(description = "反映人是否满意；未联系上时为空") Boolean satisfied,
        @Schema(description = "回访记录") String note,
        @Schema(description = "回访人用户名") String calledBy,
        @Schema(description = "回访人姓名") String calledByName,
        @Schema(description = "回访时间" + ClueDocs.TIME) LocalDateTime calledAt) {}
