package cn.jianfu.attachment;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.TextLimits;
import cn.jianfu.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/** Checks, stores and serves attachments; the owning feature decides who may add, remove or read. */
@Service
public class AttachmentService {

    public static final int MAX_PER_OWNER = 20;

    private final AttachmentMapper mapper;
    private final AttachmentStore store;
    private final List<AttachmentAccess> access;
    private final long maxBytes;

    AttachmentService(
            AttachmentMapper mapper,
            AttachmentStore store,
            List<AttachmentAccess> access,
            @Value("${jianfu.attachments.max-bytes:10485760}") long maxBytes) {
        this.mapper = mapper;
        this.store = store;
        this.access = access;
        this.maxBytes = maxBytes;
    }

    public Attachment add(String ownerType, long ownerId, MultipartFile file, String uploadedBy) {
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("请选择要上传的文件");
        }
        if (file.getSize() > maxBytes) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大，单个附件不能超过" + (maxBytes / 1024 / 1024) + "MB");
        }
        if (mapper.findByOwner(ownerType, ownerId).size() >= MAX_PER_OWNER) {
            throw ApiException.badRequest("附件最多" + MAX_PER_OWNER + "个");
        }
        String name = safeFileName(file.getOriginalFilename());
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileType type = FileType.detect(name, bytes)
                .orElseThrow(() -> new ApiException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "只能上传 PDF、图片(PNG/JPG)、Word 或 Excel 文件，且文件内容须与扩展名一致"));
        String key = store.save(bytes);
        deleteFileIfRolledBack(key);
        AttachmentRow row = new AttachmentRow();
        row.ownerType = ownerType;
        row.ownerId = ownerId;
        row.fileName = name;
        row.contentType = type.contentType();
        row.sizeBytes = bytes.length;
        row.sha256 = sha256(bytes);
        row.storageKey = key;
        row.uploadedBy = uploadedBy;
        row.uploadedAt = Clock.now();
        mapper.insert(row);
        return mapper.findById(row.id).orElseThrow();
    }

    public List<Attachment> list(String ownerType, long ownerId) {
        return mapper.findByOwner(ownerType, ownerId);
    }

    public void remove(String ownerType, long ownerId, long attachmentId) {
        Attachment a = mapper.findById(attachmentId)
                .filter(x -> x.ownerType().equals(ownerType) && x.ownerId() == ownerId)
                .orElseThrow(() -> ApiException.notFound("附件不存在"));
        mapper.delete(a.id());
        afterCommit(() -> store.delete(a.storageKey()));
    }

    /** The attachment, if this user may read its owner; otherwise "not found" (existence is not revealed). */
    public Attachment readable(long attachmentId, CurrentUser user) {
        Attachment a = mapper.findById(attachmentId).orElseThrow(() -> ApiException.notFound("附件不存在"));
        boolean allowed =
                access.stream().anyMatch(x -> x.ownerType().equals(a.ownerType()) && x.canRead(a.ownerId(), user));
        if (!allowed) {
            throw ApiException.notFound("附件不存在");
        }
        return a;
    }

    public InputStream open(Attachment a) throws IOException {
        return store.open(a.storageKey());
    }

    /**
     * Keeps only the last path segment, drops control characters and half characters (lone
     * surrogates) and caps the length without cutting a character in two.
     */
    static String safeFileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cs}\"<>:|?*]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            throw ApiException.badRequest("文件名无效");
        }
        if (TextLimits.exceeds(name, TextLimits.FILE_NAME)) {
            String ext = FileType.extension(name);
            name = name.substring(0, name.offsetByCodePoints(0, TextLimits.FILE_NAME - 10))
                    + (ext.isEmpty() || ext.length() > 9 ? "" : "." + ext);
        }
        return name;
    }

    private void deleteFileIfRolledBack(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        store.delete(key);
                    }
                }
            });
        }
    }

    private static void afterCommit(Runnable r) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    r.run();
                }
            });
        } else {
            r.run();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
