package cn.jianfu.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MultiLeadRulesTest {

    @Test
    void aLargeGroupIsNamedByItsFirstFiveAndCountedSoItsWarningFitsItsColumn() {
        List<String> many = IntStream.rangeClosed(1, 400)
                .mapToObj(i -> "村级河道巡查台账填报事项𠀾".repeat(10) + i)
                .toList();
        String named = MultiLeadRules.named(many);
        assertThat(named).endsWith("等400项").contains("…");
        assertThat(named.codePointCount(0, named.length())).isLessThan(400);
        assertThat(MultiLeadRules.named(List.of("甲", "乙"))).isEqualTo("甲、乙");
    }
}
