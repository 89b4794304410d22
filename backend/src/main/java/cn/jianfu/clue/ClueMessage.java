package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** What the reporter added ({@code SUPPLEMENT}) or what the office answered them ({@code REPLY}). */
@Schema(description = "反映人与减负办之间的往来")
public record ClueMessage(
        @Schema(description = "消息 id") Long id,
        @Schema(description = "类别：SUPPLEMENT 反映人补充，REPLY 给反映人的答复或说明（如合并办理的告知）") Kind kind,
        @Schema(description = "内容") String content,
        @Schema(description = "时间" + ClueDocs.TIME) LocalDateTime at) {

    public enum Kind {
        SUPPLEMENT,
        REPLY
    }
}
