package cn.jianfu.admission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

@Schema(description = "申请列表中的一行")
public record ApplicationSummary(
        @Schema(description = "申请 id") long id,
        @Schema(description = "事项名称") String itemName,
        @Schema(description = AdmissionDocs.CATEGORY) ItemCategory category,
        @Schema(description = "牵头部门 id") Long leadOrgId,
        @Schema(description = "牵头部门名称") String leadOrgName,
        @Schema(description = "提交人姓名") String applicantName,
        @Schema(description = "申请单位名称") String applicantOrgName,
        @Schema(description = AdmissionDocs.STATUS) ApplicationStatus status,
        @Schema(description = "当前所在环节的名称；没有待办环节时为空") String currentStep,
        @Schema(description = "首次提交时间" + AdmissionDocs.TIME + "；草稿为空") LocalDateTime submittedAt,
        @Schema(description = "最近更新时间" + AdmissionDocs.TIME + "；列表按它从新到旧排列") LocalDateTime updatedAt) {}
