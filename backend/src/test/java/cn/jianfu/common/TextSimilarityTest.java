package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    @Test
    void sameStoryInOtherWordsScoresHigherThanAnotherStory() {
        String a = "县教育局要求各村每周上报学生防溺水巡查照片，并在工作群里打卡";
        String b = "县教育局要求各村每周上报防溺水巡查照片，还要在工作群打卡";
        String other = "某部门年底组织五次检查考核，层层加码要求台账";
        assertThat(TextSimilarity.of(a, b)).isGreaterThan(0.5);
        assertThat(TextSimilarity.of(a, other)).isLessThan(0.1);
        assertThat(TextSimilarity.of(a, a)).isEqualTo(1.0);
        assertThat(TextSimilarity.of("，。", a)).isZero();
    }
}
