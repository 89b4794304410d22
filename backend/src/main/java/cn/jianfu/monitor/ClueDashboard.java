package cn.jianfu.monitor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The clue section of the supervision dashboard, for clues received in the period. */
@Schema(
        description = "驾驶舱·问题线索：收到日期在期间内的线索。"
                + "一次“交办”指一条线索交给一个承办单位（双交办的线索有两次交办）。比率口径："
                + "响应率 = 在核查时限内首次响应的交办数 / 已首次响应或核查时限已过的交办数；首次响应指承办单位对该交办的第一个动作（签收或完成核查、退单，或之后的任何环节），"
                + "未到时限且未响应的不计，未记录时限的早期交办不计；"
                + "解决率 = 整改经减负办验收通过的交办数 / 核查属实或部分属实的交办数；"
                + "满意率 = 评价满意的已办结线索数 / 已评价的已办结线索数，评价包括反映人在专区的评价和减负办电话回访时联系上反映人记录的评价；"
                + "办结率 = 已办结线索数 / 受理线索数（全县合计）或 / 交办数（单位）；"
                + "按期率 = 按期办理的交办数 / 办理完毕的交办数，办理完毕指核查不属实或整改验收通过，按期指在核查时限内核查、"
                + "且需整改时在本单位承诺的整改期限当天结束前报送了通过验收的整改报告。分母为0时比值为空")
public record ClueDashboard(
        @Schema(description = "收到日期自（含），不限时为空") LocalDate from,
        @Schema(description = "收到日期至（含），不限时为空") LocalDate to,
        @Schema(description = "统计范围") DashboardScope scope,
        @Schema(description = "合计") Totals totals,
        @Schema(description = "按问题类别的线索数，每个类别一项，按显示顺序") List<ClueStatistics.Count> byCategory,
        @Schema(description = "按乡镇的线索数：交办给乡镇或其下属村(社区)的线索，从多到少") List<MonitorMapper.NamedCount> byTownship,
        @Schema(description = "按收到月份的趋势，从早到晚；给了起止日期时包括其间没有线索的月份") List<Month> byMonth,
        @Schema(description = "各承办单位的交办数和比率，按办结率从高到低；县级部门只看到本部门一行") List<UnitRow> units) {

    @Schema(description = "合计")
    public record Totals(
            @Schema(description = "收到的线索数") long received,
            @Schema(description = "受理的线索数（已交办办理：不含待分办、不予受理和已合并）") long accepted,
            @Schema(description = "已办结的线索数") long closed,
            @Schema(description = "交办数") long assigned,
            @Schema(description = "响应率") Rate response,
            @Schema(description = "解决率") Rate resolution,
            @Schema(description = "满意率") Rate satisfaction,
            @Schema(description = "办结率 = 已办结 / 受理") Rate closure,
            @Schema(description = "按期率") Rate onTime) {}

    @Schema(description = "某月收到的线索")
    public record Month(
            @Schema(description = "月份 yyyy-MM") String month,
            @Schema(description = "收到的线索数") long received,
            @Schema(description = "已办结的线索数") long closed,
            @Schema(description = "响应率") Rate response,
            @Schema(description = "解决率") Rate resolution,
            @Schema(description = "满意率") Rate satisfaction,
            @Schema(description = "办结率 = 已办结 / 受理") Rate closure,
            @Schema(description = "按期率") Rate onTime) {}

    @Schema(description = "一个承办单位")
    public record UnitRow(
            @Schema(description = "机构 id") long orgId,
            @Schema(description = "机构名称") String name,
            @Schema(description = "机构类型") String type,
            @Schema(description = "交办数") long assigned,
            @Schema(description = "已办结的线索数") long closed,
            @Schema(description = "响应率") Rate response,
            @Schema(description = "解决率") Rate resolution,
            @Schema(description = "满意率") Rate satisfaction,
            @Schema(description = "办结率 = 已办结 / 交办") Rate closure,
            @Schema(description = "按期率") Rate onTime,
            @Schema(description = "在全县同类单位（县级部门之间、村(社区)之间……）中的名次，按各比率从高到低；比率为空时名次为空") Ranks ranks) {}

    @Schema(description = "各比率的名次（并列同名次），of 为期间内有交办的全县同类单位数")
    public record Ranks(
            @Schema(description = "响应率名次") Integer response,
            @Schema(description = "解决率名次") Integer resolution,
            @Schema(description = "满意率名次") Integer satisfaction,
            @Schema(description = "办结率名次") Integer closure,
            @Schema(description = "按期率名次") Integer onTime,
            @Schema(description = "参与排名的同类单位数") int of) {}
}
