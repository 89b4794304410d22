package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreCheckTest {

    @Test
    void similarNamesAreProbableDuplicates() {
        assertThat(PreCheck.similarity("汛期地质灾害隐患点巡查", "地质灾害隐患点汛期巡查"))
                .isGreaterThanOrEqualTo(PreCheck.DUPLICATE_SIMILARITY);
        assertThat(PreCheck.similarity("特困人员供养情况走访", "特困人员供养情况走访")).isEqualTo(1.0);
    }

    @Test
    void unrelatedNamesAreNot() {
        assertThat(PreCheck.similarity("森林防火宣传", "农村危房排查")).isLessThan(PreCheck.DUPLICATE_SIMILARITY);
        assertThat(PreCheck.similarity("", "农村危房排查")).isZero();
    }

    @Test
    void punctuationAndSpacesDoNotCount() {
        assertThat(PreCheck.similarity("《控辍保学》劝返", "控辍保学 劝返")).isEqualTo(1.0);
    }
}
