package cn.jianfu.attachment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDateTime;

/** A file attached to a subject (an application, a clue). Its bytes live in {@link AttachmentStore}. */
public record Attachment(
        Long id,
        @JsonIgnore String ownerType,
        @JsonIgnore Long ownerId,
        String fileName,
        String contentType,
        long size,
        @JsonIgnore String sha256,
        @JsonIgnore String storageKey,
        String uploadedBy,
        LocalDateTime uploadedAt) {}
