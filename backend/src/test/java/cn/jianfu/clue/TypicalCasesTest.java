package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The guard that keeps a reporter's name and phone out of a published typical case. */
class TypicalCasesTest {

    @Test
    void aNameIsFoundHoweverItIsSpacedOrPunctuated() {
        assertThat(TypicalCases.mentionsName("反映人王 小明称村里每周迎检", "王小明")).isTrue();
        assertThat(TypicalCases.mentionsName("反映人王·小明称", "王小明")).isTrue();
        assertThat(TypicalCases.mentionsName("据王，小，明反映", "王小明")).isTrue();
        assertThat(TypicalCases.mentionsName("据𠀾 小明反映", "𠀾小明")).isTrue();
        assertThat(TypicalCases.mentionsName("某村每周迎检五次", "王小明")).isFalse();
        assertThat(TypicalCases.mentionsName("任何内容", " ")).isFalse();
    }

    @Test
    void aPhoneIsFoundHoweverItsDigitsAreGrouped() {
        assertThat(TypicalCases.mentionsPhone("联系电话 138 0013 8000", "13800138000"))
                .isTrue();
        assertThat(TypicalCases.mentionsPhone("电话138-0013-8000", "13800138000")).isTrue();
        assertThat(TypicalCases.mentionsPhone("电话１３８００１３８０００", "138 0013 8000")).isTrue();
        assertThat(TypicalCases.mentionsPhone("2026年共通报5起", "13800138000")).isFalse();
    }
}
