package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.TextLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategorySuggestionsTest {

    private final CategorySuggestions suggestions = new CategorySuggestions();

    @ParameterizedTest
    @CsvSource({
        "镇里每周让村里填三张报表，数字都一样, MEETINGS_AND_DOCUMENTS",
        "要求每个村建台账，天天更新, MEETINGS_AND_DOCUMENTS",
        "一周开了五次会议，每次都要陪会, MEETINGS_AND_DOCUMENTS",
        "要求村干部每天在三个App上签到, FINGERTIP_FORMALISM",
        "每天在工作群里打卡并发截图, FINGERTIP_FORMALISM",
        "让全村在微信群转发点赞, FINGERTIP_FORMALISM",
        "民政局把一项未准入的统计任务直接派给村里, UNADMITTED_TASK",
        "县直部门向社区摊派招商引资任务, UNADMITTED_TASK",
        "上个月迎检三次，暗访又来一次, INSPECTIONS",
        "考核指标层层加码，县里要求提前完成, LAYERED_OVERLOADING",
        "以属地管理为名把执法责任转嫁给乡镇, TERRITORIAL_SHIFTING",
        "村里两名干部被借调到县里半年, SECONDED_CADRES",
        "村部门口挂了二十多块牌子, CERTIFICATES_AND_SIGNBOARDS",
        "群众来开证明，村里不知道怎么开, CERTIFICATES_AND_SIGNBOARDS",
        "为了创建示范村搞了三轮评比, DEMONSTRATION_RATINGS",
    })
    void suggestsTheCategoryTheWordsPointTo(String text, ClueCategory expected) {
        assertThat(suggestions.suggest(text)).contains(expected);
    }

    @Test
    void theMostNamedCategoryWinsAndATieGoesToTheMoreSpecificOne() {
        // two app words against one form word
        assertThat(suggestions.suggest("每天在APP上打卡，还要填一张报表")).contains(ClueCategory.FINGERTIP_FORMALISM);
        // three form words against one app word
        assertThat(suggestions.suggest("报表、台账、填表，最后还要在App上传")).contains(ClueCategory.MEETINGS_AND_DOCUMENTS);
        // one each: the task that did not pass admission is the more specific complaint
        assertThat(suggestions.suggest("未准入的事项还要求开会")).contains(ClueCategory.UNADMITTED_TASK);
    }

    @Test
    void theGroupOfThePeopleIsNotAChatGroup() {
        assertThat(suggestions.suggest("群众反映的问题没人管，群体上访")).isEmpty();
        assertThat(suggestions.suggest("拉了一个新群")).contains(ClueCategory.FINGERTIP_FORMALISM);
    }

    @Test
    void appIsFoundInAnyCase() {
        assertThat(suggestions.suggest("又装了一个app")).contains(ClueCategory.FINGERTIP_FORMALISM);
        assertThat(suggestions.suggest("又装了一个App")).contains(ClueCategory.FINGERTIP_FORMALISM);
    }

    @Test
    void noWordsNoSuggestion() {
        assertThat(suggestions.suggest(null)).isEmpty();
        assertThat(suggestions.suggest("   ")).isEmpty();
        assertThat(suggestions.suggest("天气很好😀𠀀")).isEmpty();
    }

    @Test
    void aTextLongerThanADescriptionIsRefused() {
        // characters, not UTF-16 units: 4000 rare characters (8000 units) are still allowed
        assertThat(suggestions.suggest("𠀀".repeat(TextLimits.DESCRIPTION - 2) + "打卡"))
                .contains(ClueCategory.FINGERTIP_FORMALISM);
        assertThatThrownBy(() -> suggestions.suggest("报".repeat(TextLimits.DESCRIPTION + 1)))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> {
                    ApiException api = (ApiException) e;
                    assertThat(api.status().value()).isEqualTo(400);
                    assertThat(api.fieldErrors()).containsEntry("text", CategorySuggestions.TOO_LONG);
                });
    }
}
