package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** A typical case as the public would read it if the office published it now; nothing is stored yet. */
@Schema(description = "典型问题通报预览：公开后公众将看到的内容，不含反映人信息；预览不保存任何内容")
public record TypicalPreview(
        @Schema(description = "线索编号") String clueNo,
        @Schema(description = ClueDocs.CATEGORY) ClueCategory category,
        @Schema(description = "问题类别的中文名称") String categoryLabel,
        @Schema(description = "将公开的通报内容：提交的内容去掉首尾空白，与发布后保存和公开显示的完全相同") String summary,
        @Schema(description = "线索办结时间" + ClueDocs.TIME) LocalDateTime closedAt,
        @Schema(description = "确认码：summary 按 UTF-8 编码后的 SHA-256，64位十六进制小写；发布时作为 confirmedDigest 原样提交") String digest) {}
