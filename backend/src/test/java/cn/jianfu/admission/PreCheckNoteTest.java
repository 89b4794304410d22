package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.admission.PreCheckFinding.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreCheckNoteTest {

    private static PreCheckFinding finding(Level level) {
        return new PreCheckFinding(level == Level.WARN ? "MISSING_BASIS" : "NO_FUNDING", level, "说明");
    }

    @Test
    void saysNothingWasFoundOnlyWhenThereIsNoFindingAtAll() {
        assertThat(PreCheckNote.of(List.of())).isEqualTo("未发现问题");
    }

    @Test
    void countsTheFindingsForInformationThatThePanelListsToo() {
        // the old text counted only WARN: two INFO findings read "未发现问题" beside a panel listing two
        assertThat(PreCheckNote.of(List.of(finding(Level.INFO), finding(Level.INFO))))
                .isEqualTo("发现 2 项提示");
        assertThat(PreCheckNote.of(List.of(finding(Level.WARN), finding(Level.INFO), finding(Level.INFO))))
                .isEqualTo("发现 1 项需关注、2 项提示");
        assertThat(PreCheckNote.of(List.of(finding(Level.WARN)))).isEqualTo("发现 1 项需关注");
    }
}
