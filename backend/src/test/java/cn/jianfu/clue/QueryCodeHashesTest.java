package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.common.FieldCipher;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class QueryCodeHashesTest {

    static FieldCipher cipher(byte fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, fill);
        return new FieldCipher(Base64.getEncoder().encodeToString(key), "unused");
    }

    final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final QueryCodeHashes hashes = new QueryCodeHashes(cipher((byte) 7), bcrypt);

    @Test
    void theSameCodeGivesTheSameHashOnEveryNodeWithTheSameKey() {
        String code = QueryCodes.generate();
        QueryCodeHashes otherNode = new QueryCodeHashes(cipher((byte) 7), bcrypt);
        assertThat(hashes.hash(code))
                .startsWith(QueryCodeHashes.PREFIX)
                .hasSize(QueryCodeHashes.PREFIX.length() + 32)
                .doesNotContain(code)
                .isEqualTo(otherNode.hash(code));
        assertThat(otherNode.matches(code, hashes.hash(code))).isTrue();
    }

    @Test
    void onlyTheRightCodeMatches() {
        String code = QueryCodes.generate();
        String stored = hashes.hash(code);
        String wrong = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        assertThat(hashes.matches(code, stored)).isTrue();
        assertThat(hashes.matches(wrong, stored)).isFalse();
        assertThat(hashes.matches(null, stored)).isFalse();
        assertThat(hashes.matches(code, null)).isFalse();
    }

    @Test
    void withoutTheKeyAHashCannotBeCheckedAgainstAGuess() {
        String code = QueryCodes.generate();
        QueryCodeHashes anotherKey = new QueryCodeHashes(cipher((byte) 8), bcrypt);
        assertThat(anotherKey.hash(code)).isNotEqualTo(hashes.hash(code));
        assertThat(anotherKey.matches(code, hashes.hash(code))).isFalse();
    }

    @Test
    void bcryptHashesFromBeforeStillMatch() {
        String code = QueryCodes.generate();
        String legacy = bcrypt.encode(code);
        assertThat(QueryCodeHashes.isLegacy(legacy)).isTrue();
        assertThat(QueryCodeHashes.isLegacy(hashes.hash(code))).isFalse();
        assertThat(hashes.matches(code, legacy)).isTrue();
        assertThat(hashes.matches(QueryCodes.generate(), legacy)).isFalse();
    }
}
