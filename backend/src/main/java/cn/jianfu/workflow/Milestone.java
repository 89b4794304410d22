package cn.jianfu.workflow;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One step of a case's step bar (submitted → reviewed → approved, assigned → verified → rectified →
 * answered): whether it is done, when and by whom, computed on the server from our own tables and
 * the audit trail.
 */
@Schema(description = "进度条上的一个环节：是否完成、何时、由谁办理")
public record Milestone(
        @Schema(
                        description = "环节编码：准入申请 SUBMITTED 提交，REVIEWED 审核，APPROVED 审批；"
                                + "问题线索 ASSIGNED 交办，VERIFIED 核查，RECTIFIED 整改，ANSWERED 答复")
                String key,
        @Schema(description = "环节名称") String label,
        @Schema(description = "DONE 已完成，CURRENT 正在办理，WAITING 尚未开始，STOPPED 在此结束或被退回（原因见 outcome）") MilestoneState state,
        @Schema(
                        description = "环节的结果：RETURNED 退回修改，REFUSED 未通过，WITHDRAWN 已撤回，NOT_SUBSTANTIATED 核查不属实，"
                                + "NOT_ACCEPTED 不予受理，MERGED 已合并；普通完成时为空")
                String outcome,
        @Schema(description = "完成（或结束）时间，带时区偏移；尚未完成时为空") LocalDateTime at,
        @Schema(description = "办理人姓名（不是用户名），按先后；系统办理为“系统”；尚未办理时为空列表") List<String> people) {

    public static Milestone waiting(String key, String label) {
        return new Milestone(key, label, MilestoneState.WAITING, null, null, List.of());
    }

    /** The step is open again (a resubmission, a recalled review): not started, nobody yet. */
    public Milestone waitingAgain() {
        return waiting(key, label);
    }

    public Milestone current() {
        return new Milestone(key, label, MilestoneState.CURRENT, null, null, List.of());
    }

    public Milestone done(LocalDateTime when, List<String> who) {
        return new Milestone(key, label, MilestoneState.DONE, null, when, List.copyOf(who));
    }

    public Milestone done(String result, LocalDateTime when, List<String> who) {
        return new Milestone(key, label, MilestoneState.DONE, result, when, List.copyOf(who));
    }

    public Milestone stopped(String result, LocalDateTime when, List<String> who) {
        return new Milestone(key, label, MilestoneState.STOPPED, result, when, List.copyOf(who));
    }

    public boolean isWaiting() {
        return state == MilestoneState.WAITING;
    }

    public boolean isDone() {
        return state == MilestoneState.DONE;
    }
}
