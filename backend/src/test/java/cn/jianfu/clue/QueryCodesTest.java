package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryCodesTest {

    @Test
    void codesAreLongRandomAndFreeOfLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = QueryCodes.generate();
            assertThat(code).hasSize(20).doesNotContain("0", "O", "1", "I", "L");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
        assertThat(QueryCodes.ALPHABET.length()).isGreaterThanOrEqualTo(31); // ≥ 99 bits per code
    }

    @Test
    void typedCodesAreNormalized() {
        String code = QueryCodes.generate();
        String typed = code.substring(0, 4).toLowerCase() + " - " + code.substring(4, 10) + "\t" + code.substring(10);
        assertThat(QueryCodes.normalize(typed)).isEqualTo(code);
        assertThat(QueryCodes.normalize(code.substring(1))).isNull();
        assertThat(QueryCodes.normalize(code.substring(1) + "0")).isNull();
        assertThat(QueryCodes.normalize(null)).isNull();
    }
}
