package cn.jianfu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NegativeListScreenTest {

    NegativeListScreen screen = new NegativeListScreen();

    private List<NegativeMention> screen(String text) {
        return screen.screen(text);
    }

    @Test
    void findsEachPracticeOnceWithThePhraseAsWritten() {
        assertThat(screen("村干部每天在工作群里打卡，并拍照上传；每月签到两次"))
                .containsExactly(
                        new NegativeMention(NegativePractice.CHECK_IN, "打卡"),
                        new NegativeMention(NegativePractice.APP_OR_CHAT_GROUP, "工作群"),
                        new NegativeMention(NegativePractice.PHOTO_PROOF, "拍照"));
    }

    @Test
    void coversEveryPracticeOfTheNegativeList() {
        assertThat(screen("下载ＡＰＰ注册")).containsExactly(new NegativeMention(NegativePractice.APP_OR_CHAT_GROUP, "APP"));
        assertThat(screen("村委会门口挂牌")).extracting(NegativeMention::practice).containsExactly(NegativePractice.SIGNBOARD);
        assertThat(screen("由村里开具证明"))
                .extracting(NegativeMention::practice)
                .containsExactly(NegativePractice.CERTIFICATE);
        assertThat(screen("每月统计上报数据"))
                .extracting(NegativeMention::practice)
                .containsExactly(NegativePractice.DATA_REPORTING);
        assertThat(screen("与村书记签订责任书")).extracting(NegativeMention::practice).containsExactly(NegativePractice.PLEDGE);
    }

    @Test
    void aProhibitionInTheSameClauseIsNotAMention() {
        assertThat(screen("不得要求村(社区)打卡，无需拍照")).isEmpty();
        assertThat(screen("不得要求填写表格，每日打卡"))
                .extracting(NegativeMention::practice)
                .containsExactly(NegativePractice.CHECK_IN);
    }

    @Test
    void latinPhrasesMatchWholeWordsOnly() {
        assertThat(screen("apply the application rules")).isEmpty();
        assertThat(screen("use the App daily"))
                .extracting(NegativeMention::phrase)
                .containsExactly("App");
    }

    @Test
    void emptyAndExoticTextIsFine() {
        assertThat(screen(null)).isEmpty();
        assertThat(screen("")).isEmpty();
        assertThat(screen("𠀀😀\uD840打卡İ")).extracting(NegativeMention::phrase).containsExactly("打卡");
    }
}
