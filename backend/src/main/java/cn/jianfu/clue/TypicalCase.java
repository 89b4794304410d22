package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** A closed clue published as a typical case (典型问题通报): the office's summary, never the reporter. */
@Schema(description = "典型问题通报，不含反映人信息")
public record TypicalCase(
        @Schema(description = "线索编号") String clueNo,
        @Schema(description = ClueDocs.CATEGORY) ClueCategory category,
        @Schema(description = "问题类别的中文名称") String categoryLabel,
        @Schema(description = "减负办撰写的通报内容") String summary,
        @Schema(description = "线索办结时间" + ClueDocs.TIME) LocalDateTime closedAt,
        @Schema(description = "通报时间" + ClueDocs.TIME) LocalDateTime publishedAt) {}
