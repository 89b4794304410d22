package cn.jianfu.admission;

import cn.jianfu.common.Clock;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Demo admission data: a dozen items already on the list, and applications in flight that went
 * through the real service and process (one in review, one returned, one awaiting approval).
 */
@Component
public class AdmissionDemo {

    private final AdmissionListService list;
    private final ApplicationDrafts drafts;
    private final Submissions submissions;
    private final Decisions decisions;
    private final UserService users;

    AdmissionDemo(
            AdmissionListService list,
            ApplicationDrafts drafts,
            Submissions submissions,
            Decisions decisions,
            UserService users) {
        this.list = list;
        this.drafts = drafts;
        this.submissions = submissions;
        this.decisions = decisions;
        this.users = users;
    }

    /** {@code org} maps short names (edu, civil, emergency, agri, health, housing, hekou, qingshan) to ids. */
    public void load(Map<String, Long> org, List<String> applicants, String reviewer) {
        LocalDate start = Clock.now().toLocalDate().minusMonths(3);
        item(
                org.get("civil"),
                ItemCategory.BASIC,
                "城乡居民最低生活保障对象动态排查",
                "《社会救助暂行办法》第十一条",
                "协助核查低保对象家庭收入、财产变化情况，及时上报异常",
                "每季度完成一次入户走访，按时报送排查结果",
                Frequency.QUARTERLY,
                start);
        item(
                org.get("civil"),
                ItemCategory.BASIC,
                "特困人员供养情况走访",
                "《社会救助暂行办法》第十四条",
                "走访了解分散供养特困人员生活情况",
                "每月走访一次，发现问题及时报告乡镇",
                Frequency.MONTHLY,
                start);
        item(
                org.get("emergency"),
                ItemCategory.COOPERATIVE,
                "汛期地质灾害隐患点巡查",
                "《地质灾害防治条例》第二十九条",
                "汛期配合乡镇对地质灾害隐患点开展巡查预警",
                "汛期每周巡查一次，险情立即报告",
                Frequency.ONGOING,
                start);
        item(
                org.get("emergency"),
                ItemCategory.COOPERATIVE,
                "森林防火宣传",
                "《森林防火条例》第十一条",
                "防火期配合开展森林防火宣传教育",
                "防火期内每月组织一次宣传",
                Frequency.MONTHLY,
                start);
        item(
                org.get("edu"),
                ItemCategory.COOPERATIVE,
                "控辍保学劝返",
                "《中华人民共和国义务教育法》第十三条",
                "配合学校、乡镇做好适龄儿童少年劝返复学工作",
                "发现辍学学生一周内配合入户劝返",
                Frequency.ONGOING,
                start);
        item(
                org.get("health"),
                ItemCategory.COOPERATIVE,
                "爱国卫生运动",
                "《全国爱国卫生运动委员会关于深入开展爱国卫生运动的意见》",
                "配合开展村(社区)环境卫生整治",
                "每季度组织一次集中整治",
                Frequency.QUARTERLY,
                start);
        item(
                org.get("health"),
                ItemCategory.BASIC,
                "传染病疫情报告",
                "《中华人民共和国传染病防治法》第三十一条",
                "发现传染病病人或疑似病人及时报告",
                "发现后2小时内报告乡镇卫生院",
                Frequency.ONGOING,
                start);
        item(
                org.get("agri"),
                ItemCategory.COOPERATIVE,
                "耕地撂荒情况摸排",
                "《中华人民共和国土地管理法》第三十八条",
                "配合核实本村耕地撂荒地块",
                "每年春耕前完成一次摸排",
                Frequency.YEARLY,
                start);
        item(
                org.get("agri"),
                ItemCategory.BASIC,
                "农村人居环境整治",
                "《农村人居环境整治提升五年行动方案》",
                "组织开展村庄清洁行动",
                "每月开展一次村庄清洁",
                Frequency.MONTHLY,
                start);
        item(
                org.get("housing"),
                ItemCategory.COOPERATIVE,
                "农村危房排查",
                "《住房城乡建设部关于做好农村低收入群体等重点对象住房安全保障工作的通知》",
                "配合排查农村低收入群体住房安全隐患",
                "每年汛前完成一次排查",
                Frequency.YEARLY,
                start);
        item(
                org.get("civil"),
                ItemCategory.BASIC,
                "村(居)民委员会换届选举组织",
                "《中华人民共和国村民委员会组织法》第十二条",
                "依法组织村(居)民委员会换届选举",
                "按法定程序和时限完成",
                Frequency.ONCE,
                start);
        item(
                org.get("emergency"),
                ItemCategory.COOPERATIVE,
                "安全生产隐患信息报告",
                "《中华人民共和国安全生产法》第七十四条",
                "发现安全生产事故隐患及时报告",
                "发现后24小时内报告乡镇",
                Frequency.ONGOING,
                start);

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

    private void item(
            Long leadOrgId,
            ItemCategory category,
            String name,
            String basis,
            String content,
            String standard,
            Frequency frequency,
            LocalDate effective) {
        AdmissionItemRow row = new AdmissionItemRow();
        row.itemName = name;
        row.category = category;
        row.leadOrgId = leadOrgId;
        row.legalBasis = basis;
        row.content = content;
        row.performanceStandard = standard;
        row.frequency = frequency;
        row.effectiveDate = effective;
        row.expiryDate = effective.plusYears(AdmissionListService.VALID_YEARS);
        list.register(row);
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
