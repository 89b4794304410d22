package cn.jianfu.admission;

import cn.jianfu.common.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo county's admission list: a dozen items in force, with scopes from the whole county to a
 * few villages and hours that put three villages of 河口镇 over the county-wide capacity, and one
 * county-wide item that expired a fortnight ago without its review finishing (shown as lapsed).
 */
@Component
class DemoListItems {

    private final AdmissionListService list;

    DemoListItems(AdmissionListService list) {
        this.list = list;
    }

    /** {@code org} as for {@link AdmissionDemo#load}. */
    void load(Map<String, Long> org) {
        LocalDate start = Clock.now().toLocalDate().minusMonths(3);
        item(
                org.get("civil"),
                ItemCategory.BASIC,
                "城乡居民最低生活保障对象动态排查",
                "《社会救助暂行办法》第十一条",
                "协助核查低保对象家庭收入、财产变化情况，及时上报异常",
                "每季度完成一次入户走访，按时报送排查结果",
                Frequency.QUARTERLY,
                start,
                "6",
                List.of());
        item(
                org.get("civil"),
                ItemCategory.BASIC,
                "特困人员供养情况走访",
                "《社会救助暂行办法》第十四条",
                "走访了解分散供养特困人员生活情况",
                "每月走访一次，发现问题及时报告乡镇",
                Frequency.MONTHLY,
                start,
                "4",
                List.of());
        item(
                org.get("emergency"),
                ItemCategory.COOPERATIVE,
                "汛期地质灾害隐患点巡查",
                "《地质灾害防治条例》第二十九条",
                "汛期配合乡镇对地质灾害隐患点开展巡查预警",
                "汛期每周巡查一次，险情立即报告",
                Frequency.ONGOING,
                start,
                "16",
                List.of(org.get("hekou"), org.get("qingshan")));
        item(
                org.get("emergency"),
                ItemCategory.COOPERATIVE,
                "森林防火宣传",
                "《森林防火条例》第十一条",
                "防火期配合开展森林防火宣传教育",
                "防火期内每月组织一次宣传",
                Frequency.MONTHLY,
                start,
                "8",
                List.of(org.get("qingshan"), org.get("baisha")));
        item(
                org.get("edu"),
                ItemCategory.COOPERATIVE,
                "控辍保学劝返",
                "《中华人民共和国义务教育法》第十三条",
                "配合学校、乡镇做好适龄儿童少年劝返复学工作",
                "发现辍学学生一周内配合入户劝返",
                Frequency.ONGOING,
                start,
                "3",
                List.of());
        item(
                org.get("health"),
                ItemCategory.COOPERATIVE,
                "爱国卫生运动",
                "《全国爱国卫生运动委员会关于深入开展爱国卫生运动的意见》",
                "配合开展村(社区)环境卫生整治",
                "每季度组织一次集中整治",
                Frequency.QUARTERLY,
                start,
                "10",
                List.of());
        item(
                org.get("health"),
                ItemCategory.BASIC,
                "传染病疫情报告",
                "《中华人民共和国传染病防治法》第三十一条",
                "发现传染病病人或疑似病人及时报告",
                "发现后2小时内报告乡镇卫生院",
                Frequency.ONGOING,
                start,
                "2",
                List.of());
        item(
                org.get("agri"),
                ItemCategory.COOPERATIVE,
                "耕地撂荒情况摸排",
                "《中华人民共和国土地管理法》第三十八条",
                "配合核实本村耕地撂荒地块",
                "每年春耕前完成一次摸排",
                Frequency.YEARLY,
                start,
                "12",
                List.of(org.get("hekou"), org.get("shuanghe"), org.get("baisha")));
        item(
                org.get("agri"),
                ItemCategory.BASIC,
                "农村人居环境整治",
                "《农村人居环境整治提升五年行动方案》",
                "组织开展村庄清洁行动",
                "每月开展一次村庄清洁",
                Frequency.MONTHLY,
                start,
                "24",
                List.of());
        item(
                org.get("housing"),
                ItemCategory.COOPERATIVE,
                "农村危房排查",
                "《住房城乡建设部关于做好农村低收入群体等重点对象住房安全保障工作的通知》",
                "配合排查农村低收入群体住房安全隐患",
                "每年汛前完成一次排查",
                Frequency.YEARLY,
                start,
                "20",
                List.of(org.get("liujia"), org.get("shawan"), org.get("dutou"), org.get("shikan")));
        item(
                org.get("civil"),
                ItemCategory.BASIC,
                "村(居)民委员会换届选举组织",
                "《中华人民共和国村民委员会组织法》第十二条",
                "依法组织村(居)民委员会换届选举",
                "按法定程序和时限完成",
                Frequency.ONCE,
                start,
                "20",
                List.of());
        item(
                org.get("emergency"),
                ItemCategory.COOPERATIVE,
                "安全生产隐患信息报告",
                "《中华人民共和国安全生产法》第七十四条",
                "发现安全生产事故隐患及时报告",
                "发现后24小时内报告乡镇",
                Frequency.ONGOING,
                start,
                "5",
                List.of());
        // its two years ran out a fortnight ago before a review kept it: no longer on the list, villages may refuse it
        item(
                org.get("agri"),
                ItemCategory.COOPERATIVE,
                "农村集体经济收支统计月报",
                "《农村集体经济组织财务制度》",
                "按月填报村集体经济收支统计表并报送乡镇",
                "每月5日前报送上月报表",
                Frequency.MONTHLY,
                Clock.now()
                        .toLocalDate()
                        .minusYears(AdmissionListService.VALID_YEARS)
                        .minusDays(14),
                "4",
                List.of());
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void item(
            Long leadOrgId,
            ItemCategory category,
            String name,
            String basis,
            String content,
            String standard,
            Frequency frequency,
            LocalDate effective,
            String hours,
            List<Long> targets) {
        AdmissionItemRow row = new AdmissionItemRow();
        row.workloadHoursPerMonth = new BigDecimal(hours);
        row.targetScope = targets.isEmpty() ? TargetScope.ALL : TargetScope.SELECTED;
        row.targetOrgIds = targets;
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
}
