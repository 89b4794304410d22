package cn.jianfu.monitor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The admission section of the supervision dashboard, for applications submitted in the period. */
@Schema(description = "驾驶舱·准入申请：提交日期在期间内的申请（不含草稿）。县级部门只看到本部门的申请和在部门间的名次；" + "准入清单事项按期间最后一天（未给或晚于今天时为今天）仍在有效期内的统计")
public record AdmissionDashboard(
        @Schema(description = "提交日期自（含），不限时为空") LocalDate from,
        @Schema(description = "提交日期至（含），不限时为空") LocalDate to,
        @Schema(description = "统计范围") DashboardScope scope,
        @Schema(description = "申请总数") long submitted,
        @Schema(description = "按申请状态的数量，每个状态一项") List<ClueStatistics.Count> byStatus,
        @Schema(description = "各办理环节") List<Step> steps,
        @Schema(description = "各申请部门的不予准入和退回修改，按不予准入数从多到少；县级部门只看到本部门一行") List<Department> departments,
        @Schema(description = "统计在用事项的日期") LocalDate itemsOn,
        @Schema(description = "在用的准入清单事项，按类别") List<ClueStatistics.Count> itemsByCategory,
        @Schema(description = "在用的准入清单事项，按牵头部门，从多到少") List<MonitorMapper.NamedCount> itemsByLead) {

    @Schema(description = "一个办理环节：当前停留的申请，以及已办完的任务的平均用时和按期率。" + "按期率 = 在到期时间之前办完的任务数 / 有到期时间的已办完任务数（部门修改环节没有期限，按期率为空）")
    public record Step(
            @Schema(description = "环节（用户任务 id）：Task_Review、Task_Approve、Task_Revise") String step,
            @Schema(description = "环节名称") String label,
            @Schema(description = "当前停在该环节的申请数") long open,
            @Schema(description = "其中已超过期限的") long overdue,
            @Schema(description = "已办完的任务数（一份申请多次经过该环节时计多次）") long completed,
            @Schema(description = "已办完任务的平均用时（小时，保留一位小数）；没有时为空") Double averageHours,
            @Schema(description = "按期率") Rate onTime) {}

    @Schema(description = "一个申请部门")
    public record Department(
            @Schema(description = "机构 id") long orgId,
            @Schema(description = "部门名称") String name,
            @Schema(description = "提交的申请数") long submitted,
            @Schema(description = "不予准入的申请数（审核或审批不通过）") long refused,
            @Schema(description = "被社会工作部退回修改过（至少一次）的申请数") long returned,
            @Schema(description = "不予准入占比 = 不予准入 / 提交") Rate refusalShare,
            @Schema(description = "按不予准入数从多到少在全部申请部门中的名次（并列同名次）") int rank,
            @Schema(description = "期间内有申请的部门数") int of) {}
}
