package cn.jianfu.clue;

import cn.jianfu.common.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What is stored of a reporter's query code: a keyed HMAC-SHA-256 (128 bits of it) under a key
 * derived from the field-encryption key, which lives outside the database.
 *
 * <p>A slow password hash exists to protect low-entropy secrets that people choose. The query code
 * is chosen by the machine: 20 characters from 31 symbols, about 99 bits, so trying codes is
 * hopeless with any hash, and the portal throttles lookups anyway. BCrypt at cost 10 took about
 * 90 ms of CPU per submission and per lookup, which capped the portal at a handful of reports a
 * second; the HMAC takes microseconds. A copy of the database alone cannot even test a guess, since
 * the key is not in it. Codes stored before this change are BCrypt hashes; they still match, and
 * are replaced by the HMAC the first time their reporter looks the clue up.
 */
@Component
class QueryCodeHashes {

    private static final String PURPOSE = "clue-query-code";
    static final String PREFIX = "hmac1:";

    private final FieldCipher cipher;
    private final PasswordEncoder legacy;

    QueryCodeHashes(FieldCipher cipher, PasswordEncoder legacy) {
        this.cipher = cipher;
        this.legacy = legacy;
    }

    String hash(String code) {
        return PREFIX + cipher.keyedHash(PURPOSE, code);
    }

    boolean matches(String code, String stored) {
        if (code == null || stored == null) {
            return false;
        }
        if (isLegacy(stored)) {
            return legacy.matches(code, stored);
        }
        return MessageDigest.isEqual(
                hash(code).getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }

    /** A BCrypt hash from before the HMAC, to be replaced once its code is shown to match. */
    static boolean isLegacy(String stored) {
        return !stored.startsWith(PREFIX);
    }
}
