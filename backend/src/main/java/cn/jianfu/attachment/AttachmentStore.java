package cn.jianfu.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment bytes in a directory outside the database, under random names the uploader
 * never chooses, so no file name can point outside the directory.
 */
@Component
class AttachmentStore {

    private final Path root;

    AttachmentStore(@Value("${jianfu.attachments.dir:./data/attachments}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    String save(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, "upload-", ".part");
            Files.write(tmp, content);
            Files.move(tmp, resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment", e);
        }
        return key;
    }

    InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete attachment", e);
        }
    }

    private Path resolve(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("storage key outside the attachment directory");
        }
        return p;
    }
}
