package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void encryptsWithAFreshIvAndDecryptsBack(@TempDir Path dir) {
        FieldCipher crypto = new FieldCipher(KEY, dir.resolve("unused.key").toString());
        String a = crypto.encrypt("13912345678");
        String b = crypto.encrypt("13912345678");
        assertThat(a).isNotEqualTo(b).doesNotContain("13912345678");
        assertThat(Base64.getDecoder().decode(a)).hasSize(12 + 11 + 16); // IV, text, GCM tag
        assertThat(crypto.decrypt(a)).isEqualTo("13912345678");
        assertThat(crypto.encrypt(null)).isNull();
        assertThat(Files.exists(dir.resolve("unused.key"))).isFalse();
    }

    @Test
    void tamperedOrForeignCiphertextIsRejected(@TempDir Path dir) {
        FieldCipher crypto = new FieldCipher(KEY, dir.resolve("k").toString());
        byte[] sealed = Base64.getDecoder().decode(crypto.encrypt("张三"));
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(sealed)))
                .isInstanceOf(IllegalStateException.class);
        FieldCipher other = new FieldCipher("", dir.resolve("dev.key").toString());
        assertThatThrownBy(() -> other.decrypt(crypto.encrypt("张三"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void developmentKeyIsGeneratedOnceAndKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/clue-encryption.key");
        String sealed = new FieldCipher("", file.toString()).encrypt("李四");
        assertThat(Base64.getDecoder().decode(Files.readString(file))).hasSize(32);
        assertThat(new FieldCipher("", file.toString()).decrypt(sealed)).isEqualTo("李四");
    }

    @Test
    void aConfiguredKeyMustHave256Bits(@TempDir Path dir) {
        assertThatThrownBy(() -> new FieldCipher(Base64.getEncoder().encodeToString(new byte[16]), dir.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32");
    }
}
