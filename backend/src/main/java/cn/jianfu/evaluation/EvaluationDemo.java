package cn.jianfu.evaluation;

import cn.jianfu.common.Clock;
import cn.jianfu.org.Role;
import cn.jianfu.org.UserForm;
import cn.jianfu.org.UserService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Demo evaluation: last half-year's round, closed, rated by enough villages and townships for the
 * results to show (one department scoring low, so its warning shows), with comments waiting for
 * the office's screening; and this half-year's round, open, rated by two so far (below the
 * anonymity threshold). Raters are demo accounts {@code pingjia01…}, one per given organisation.
 * Not wired by itself: {@code DemoData} calls {@link #load}.
 */
@Component
public class EvaluationDemo {

    private static final List<EvaluationDimension> ALL = Arrays.asList(EvaluationDimension.values());
    private static final String[] COMMENTS = {"报表太多，同一数据要报好几次", "下乡指导很及时，感谢", "检查考核频次还可以再压减", "工作群里要求打卡截图，负担重"};

    private final EvaluationMapper mapper;
    private final UserService users;

    EvaluationDemo(EvaluationMapper mapper, UserService users) {
        this.mapper = mapper;
        this.users = users;
    }

    /**
     * @param departments the departments rated, the first one scoring low
     * @param raterOrgs villages and townships, one demo rater each
     */
    public void load(List<Long> departments, List<Long> raterOrgs, String password) {
        List<long[]> raters = new ArrayList<>();
        for (int i = 0; i < raterOrgs.size(); i++) {
            String username = String.format("pingjia%02d", i + 1);
            long id = users.create(new UserForm(
                            username, "评价演示账号" + (i + 1), password, raterOrgs.get(i), Set.of(Role.GRASSROOTS), true))
                    .id();
            raters.add(new long[] {id, raterOrgs.get(i)});
        }
        LocalDateTime now = Clock.now();
        LocalDate today = now.toLocalDate();
        Random scores = new Random(2026);

        long closed = round(
                "上半年基层评机关",
                today.minusMonths(7),
                today.minusMonths(1),
                now.minusDays(40),
                now.minusDays(10),
                departments);
        for (long[] rater : raters) {
            for (int d = 0; d < departments.size(); d++) {
                int base = d == 0 ? 2 : 3 + d % 2;
                rate(
                        closed,
                        departments.get(d),
                        rater,
                        base,
                        scores,
                        d == 0 || scores.nextInt(4) == 0,
                        now.minusDays(20));
            }
        }
        mapper.close(closed, now.minusDays(10));

        long open = round(
                "下半年基层评机关", today.minusMonths(1), today.plusMonths(5), now.minusDays(1), now.plusDays(30), departments);
        for (long[] rater : raters.subList(0, Math.min(2, raters.size()))) {
            rate(open, departments.get(1), rater, 4, scores, false, now);
        }
    }

    private long round(
            String name,
            LocalDate from,
            LocalDate to,
            LocalDateTime opens,
            LocalDateTime closes,
            List<Long> departments) {
        EvaluationMapper.NewRow row = new EvaluationMapper.NewRow();
        RoundForm form = new RoundForm(from.getYear() + "年" + name, from, to, opens, closes, ALL, departments);
        mapper.insertRound(row, form, "jianfuban", "孙督查（减负办）", opens);
        for (int i = 0; i < ALL.size(); i++) {
            mapper.insertDimension(row.id, ALL.get(i), i);
        }
        departments.forEach(d -> mapper.insertDepartment(row.id, d));
        return row.id;
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void rate(
            long round, long department, long[] rater, int base, Random scores, boolean comment, LocalDateTime at) {
        EvaluationMapper.NewRow row = new EvaluationMapper.NewRow();
        mapper.insertRating(row, round, department, rater[0], rater[1], at);
        for (EvaluationDimension dimension : ALL) {
            mapper.insertScore(row.id, dimension, Math.max(1, Math.min(5, base + scores.nextInt(3) - 1)));
        }
        if (comment) {
            mapper.insertComment(row.id, round, department, COMMENTS[scores.nextInt(COMMENTS.length)]);
        }
    }
}
