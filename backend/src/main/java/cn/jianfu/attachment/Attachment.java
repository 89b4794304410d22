package cn.jianfu.attachment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** A file attached to a subject (an application, a clue). Its bytes live in {@link AttachmentStore}. */
@Schema(description = "附件")
public record Attachment(
        @Schema(description = "附件 id，下载用 GET /api/attachments/{id}") Long id,
        @JsonIgnore String ownerType,
        @JsonIgnore Long ownerId,
        @Schema(description = "文件名（上传时的文件名，去掉路径和不安全字符）") String fileName,
        @Schema(description = "按文件内容识别的类型，如 application/pdf、image/png") String contentType,
        @Schema(description = "大小（字节）") long size,
        @JsonIgnore String sha256,
        @JsonIgnore String storageKey,
        @Schema(description = "上传人用户名；反映人上传的为“反映人”") String uploadedBy,
        @Schema(description = "上传人姓名（显示用）；反映人上传的为“反映人”") String uploadedByName,
        @Schema(description = "上传时间，带时区偏移，如 2026-11-23T16:05:42.123+08:00") LocalDateTime uploadedAt) {}
