package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.TextLimits;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Suggests a clue's category from the words of its description, so a reporter on a phone taps a
 * suggestion instead of reading ten categories. Only a suggestion: the reporter confirms it, and
 * a category chosen by hand is never replaced (the form's business). The text is read and
 * forgotten: nothing of it is stored or logged.
 *
 * <p>Each category has words that name its typical burden. Every occurrence of a word counts one
 * point for its category; the category with the most points wins, a tie goes to the category
 * listed first below (the more specific ones come first). No word found: no suggestion. Forms,
 * reports and ledgers (填表、报表、台账) count for 文山会海: paperwork pushed down is the "mountain of
 * documents" of the 2024 rules, while the apps and chat groups that ask for the same numbers count
 * for 指尖上的形式主义 through their own words.
 */
@Component
class CategorySuggestions {

    static final String TOO_LONG = "内容不能超过" + TextLimits.DESCRIPTION + "个字";

    /** A category and the words that point to it, in tie-break order. */
    private record Rule(ClueCategory category, Pattern words) {}

    private static final List<Rule> RULES = List.of(
            rule(ClueCategory.UNADMITTED_TASK, "准入", "摊派", "清单外", "清单以外", "额外任务", "硬派", "强行下派"),
            rule(ClueCategory.SECONDED_CADRES, "借调", "抽调", "借用干部", "借人", "抽人"),
            rule(ClueCategory.CERTIFICATES_AND_SIGNBOARDS, "证明", "盖章", "挂牌", "牌子", "标牌", "牌匾", "上墙"),
            rule(ClueCategory.DEMONSTRATION_RATINGS, "创建", "示范", "评比", "达标", "创卫", "创文", "争创", "评选"),
            // "群" alone, but not the 群 of 群众 (the people) or 群体 (a group of people)
            rule(
                    ClueCategory.FINGERTIP_FORMALISM,
                    "打卡",
                    "签到",
                    "(?i:app)",
                    "小程序",
                    "公众号",
                    "群(?![众体])",
                    "截图",
                    "拍照",
                    "留痕",
                    "点赞",
                    "转发",
                    "积分",
                    "在线时长",
                    "刷步数",
                    "投票"),
            rule(ClueCategory.LAYERED_OVERLOADING, "加码", "层层", "提高标准", "提前完成", "翻倍", "层层分解"),
            rule(ClueCategory.TERRITORIAL_SHIFTING, "属地", "转嫁", "甩锅", "推给", "责任状", "推卸"),
            rule(ClueCategory.INSPECTIONS, "督查", "检查", "考核", "暗访", "迎检", "巡查", "督导", "验收", "调研", "评估"),
            rule(
                    ClueCategory.MEETINGS_AND_DOCUMENTS,
                    "会议",
                    "开会",
                    "陪会",
                    "参会",
                    "文件",
                    "发文",
                    "材料",
                    "填表",
                    "报表",
                    "表格",
                    "台账",
                    "报数",
                    "填报",
                    "简报",
                    "总结"));

    private static Rule rule(ClueCategory category, String... words) {
        return new Rule(category, Pattern.compile(String.join("|", words)));
    }

    /**
     * The category the words of {@code text} point to, if any. Refuses a text longer than a
     * description may be (400), so the endpoint cannot be used to make the server read megabytes.
     */
    Optional<ClueCategory> suggest(String text) {
        if (TextLimits.exceeds(text, TextLimits.DESCRIPTION)) {
            throw ApiException.invalid(Map.of("text", TOO_LONG));
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<ClueCategory, Integer> points = new EnumMap<>(ClueCategory.class);
        for (Rule rule : RULES) {
            Matcher m = rule.words().matcher(text);
            int found = 0;
            while (m.find()) {
                found++;
            }
            if (found > 0) {
                points.put(rule.category(), found);
            }
        }
        ClueCategory best = null;
        int most = 0;
        for (Rule rule : RULES) {
            int p = points.getOrDefault(rule.category(), 0);
            if (p > most) {
                best = rule.category();
                most = p;
            }
        }
        return Optional.ofNullable(best);
    }
}
