package cn.jianfu.clue;

import cn.jianfu.workflow.Milestone;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a reporter sees with the query code: status, the office's answers and their own additions.
 * No internal notes, no findings of individual units, no staff names: the step bar names units.
 */
@Schema(description = "反映人凭查询码看到的线索：状态、进度、核查结论、往来与本人上传的材料；不含内部意见、各单位核查情况和工作人员姓名")
public record PublicClueView(
        @Schema(description = "线索编号") String clueNo,
        @Schema(description = ClueDocs.CATEGORY) ClueCategory category,
        @Schema(description = "问题类别的中文名称") String categoryLabel,
        @Schema(description = ClueDocs.STATUS) ClueStatus status,
        @Schema(description = "线索状态的中文名称") String statusLabel,
        @Schema(description = "核查结论的概括（如“经核查，反映的问题属实”）；尚无属实或部分属实的结论、且承办单位未全部核查完时为空") String outcome,
        @Schema(description = "已合并时，并入的线索编号") String mergedIntoClueNo,
        @Schema(description = "本人补充与给本人的答复，按时间先后") List<ClueMessage> messages,
        @Schema(description = "本人上传的材料（不含工作人员上传的附件）") List<FileInfo> files,
        @Schema(description = ClueDocs.RATING) Rating rating,
        @Schema(description = "本人的评价说明") String ratingComment,
        @Schema(description = "现在能否补充内容和材料（线索尚未结束）") boolean canSupplement,
        @Schema(description = "现在能否评价（线索待评价）") boolean canRate,
        @Schema(description = "现在能否在不满意时申请重新整改（待评价且未重新整改过）") boolean canReopen,
        @Schema(description = "提交时间" + ClueDocs.TIME) LocalDateTime submittedAt,
        @Schema(description = "结束时间（不予受理、合并或办结）" + ClueDocs.TIME + "；未结束时为空") LocalDateTime closedAt,
        @Schema(description = "进度条：交办 → 核查 → 整改 → 答复，每步的时间和办理单位名称（只写单位，不含任何人的姓名；" + "系统办理的环节为空列表）")
                List<Milestone> milestones) {

    @Schema(description = "反映人上传的材料")
    public record FileInfo(
            @Schema(description = "文件名") String fileName,
            @Schema(description = "大小（字节）") long size,
            @Schema(description = "上传时间" + ClueDocs.TIME) LocalDateTime uploadedAt) {}
}
