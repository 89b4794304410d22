package cn.jianfu.admission;

import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Demo admission data: a dozen items already on the list, with scopes from the whole county to a
 * few villages and hours that put some villages of 河口镇 over the county's capacity, and
 * applications in flight that went
 * through the real service and process (one in review, one returned, one awaiting approval).
 */
@Component
public class AdmissionDemo {

    private final DemoListItems listItems;
    private final ApplicationDrafts drafts;
    private final Submissions submissions;
    private final Decisions decisions;
    private final UserService users;

    AdmissionDemo(
            DemoListItems listItems,
            ApplicationDrafts drafts,
            Submissions submissions,
            Decisions decisions,
            UserService users) {
        this.listItems = listItems;
        this.drafts = drafts;
        this.submissions = submissions;
        this.decisions = decisions;
        this.users = users;
    }

    /**
     * {@code org} maps short names to ids: departments (edu, civil, emergency, agri, health, housing),
     * townships (hekou, qingshan, shuanghe, baisha) and villages (liujia, shawan, dutou, shikan).
     */
    public void load(Map<String, Long> org, List<String> applicants, String reviewer) {
        listItems.load(org);

        CurrentUser edu = user(applicants.get(0));
        CurrentUser civil = user(applicants.get(1));
        CurrentUser emergency = user(applicants.get(2));
        ApplicationDetail inReview = drafts.create(
                form(
                        "学生近视防控家访",
                        ItemCategory.NEW,
                        org.get("edu"),
                        "《综合防控儿童青少年近视实施方案》",
                        "组织村(社区)配合学校对学生开展近视防控家访并上传照片",
                        "每学期家访一次，填写家访记录表",
                        "4",
                        true,
                        false,
                        org.get("hekou")),
                null,
                edu);
        submissions.submit(inReview.id(), edu);
        ApplicationDetail approval = drafts.create(
                form(
                        "独居老人探访关爱",
                        ItemCategory.COOPERATIVE,
                        org.get("civil"),
                        "《关于加强农村留守老年人关爱服务工作的意见》",
                        "配合开展独居、留守老年人定期探访",
                        "每月探访一次，发现困难及时报告",
                        "3",
                        false,
                        true,
                        null),
                null,
                civil);
        approval = submissions.submit(approval.id(), civil);
        CurrentUser reviewing = user(reviewer);
        decisions.review(approval.currentTask().taskId(), ReviewDecision.PASS, "材料齐全，同意报批", reviewing);
        ApplicationDetail returned = drafts.create(
                form(
                        "应急演练照片报送",
                        ItemCategory.NEW,
                        org.get("emergency"),
                        null,
                        "每季度组织应急演练并在工作群报送照片",
                        "每季度一次",
                        "6",
                        true,
                        false,
                        org.get("qingshan")),
                null,
                emergency);
        returned = submissions.submit(returned.id(), emergency);
        decisions.review(returned.currentTask().taskId(), ReviewDecision.RETURN, "请补充法定依据，并取消在工作群报送照片的要求", reviewing);
        drafts.create(
                form(
                        "防汛物资台账更新",
                        ItemCategory.NEW,
                        org.get("emergency"),
                        null,
                        "村(社区)每月更新防汛物资台账",
                        "每月一次",
                        "1",
                        false,
                        false,
                        null),
                null,
                emergency);
    }

    private CurrentUser user(String username) {
        return new CurrentUser(users.findByUsername(username).orElseThrow());
    }

    private static ApplicationForm form(
            String name,
            ItemCategory category,
            Long leadOrgId,
            String basis,
            String content,
            String standard,
            String hours,
            boolean photo,
            boolean funding,
            Long townshipId) {
        return new ApplicationForm(
                name,
                category,
                basis,
                content,
                standard,
                leadOrgId,
                List.of(),
                townshipId == null ? TargetScope.ALL : TargetScope.SELECTED,
                townshipId == null ? List.of() : List.of(townshipId),
                List.of(),
                new BigDecimal(hours),
                Frequency.QUARTERLY,
                photo,
                false,
                false,
                photo,
                false,
                photo,
                funding,
                funding ? "县财政按每村每年2000元安排" : null,
                null,
                null,
                "经自评，该事项确需村(社区)配合，已压减填报频次。");
    }
}
