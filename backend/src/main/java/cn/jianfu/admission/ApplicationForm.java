package cn.jianfu.admission;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the applicant edits. The annotations hold for every save, drafts included (lengths and
 * ranges); completeness is checked only on submit by {@link SubmissionRules}.
 */
@Schema(description = "准入申请表单。保存草稿时只检查长度、取值范围和所选机构，提交时检查是否填齐")
public record ApplicationForm(
        @Schema(description = "事项名称，最多100个字；保存草稿时也必填")
                @MaxChars(value = TextLimits.ITEM_NAME, message = "事项名称不能超过{value}个字")
                String itemName,
        @Schema(description = AdmissionDocs.CATEGORY + "；提交时必填") ItemCategory category,
        @Schema(description = "法定或政策依据，最多2000个字；少于8个字时自动预审提示缺少依据")
                @MaxChars(value = TextLimits.LEGAL_BASIS, message = "法定或政策依据不能超过{value}个字")
                String legalBasis,
        @Schema(description = "事项内容，最多4000个字；提交时必填")
                @MaxChars(value = TextLimits.ITEM_CONTENT, message = "事项内容不能超过{value}个字")
                String content,
        @Schema(description = "履职标准，最多2000个字；提交时必填")
                @MaxChars(value = TextLimits.PERFORMANCE_STANDARD, message = "履职标准不能超过{value}个字")
                String performanceStandard,
        @Schema(description = "牵头部门 id：总是申请人所在单位，可不填；填写其他单位时 400") Long leadOrgId,
        @Schema(description = "配合部门 id，最多30个，重复的只算一次；须为已有机构") @Size(max = 30, message = "配合部门最多选择30个")
                List<Long> cooperatingOrgIds,
        @Schema(description = AdmissionDocs.SCOPE + "；提交时必填") TargetScope targetScope,
        @Schema(description = "实施范围为 SELECTED 时指定的乡镇/街道 id，最多100个，提交时至少一个；范围为 ALL 时不保存")
                @Size(max = 100, message = "指定乡镇最多选择100个")
                List<Long> targetTownshipIds,
        @Schema(description = "实施范围为 SELECTED 时单独指定的村(社区) id（所在乡镇未整体指定时），最多300个；与乡镇合计至少一个")
                @Size(max = 300, message = "指定村(社区)最多选择300个")
                List<Long> targetVillageIds,
        @Schema(description = "每村每月预计工作量（小时），0–744，最多一位小数；提交时必填，超过8小时自动预审提示负担较重")
                @DecimalMin(value = "0", message = "每村每月工作量不能为负数")
                @DecimalMax(value = "744", message = "每村每月工作量不能超过744小时")
                @Digits(integer = 4, fraction = 1, message = "工作量最多保留一位小数")
                BigDecimal workloadHoursPerMonth,
        @Schema(description = AdmissionDocs.FREQUENCY + "；提交时必填") Frequency frequency,
        @Schema(description = "是否要求村(社区)填报数据、报表（负面清单事项）") boolean requiresDataReporting,
        @Schema(description = "是否要求村(社区)挂牌（负面清单事项）") boolean requiresSignboard,
        @Schema(description = "是否要求村(社区)出具证明（负面清单事项）") boolean requiresCertificate,
        @Schema(description = "是否要求使用政务App、小程序或工作群（负面清单事项）") boolean requiresAppOrChatGroup,
        @Schema(description = "是否要求打卡签到（负面清单事项）") boolean requiresCheckIn,
        @Schema(description = "是否要求拍照留痕（负面清单事项）") boolean requiresPhotoProof,
        @Schema(description = "是否费随事转（随事项转移工作经费）；为 true 时提交须填写经费说明") boolean fundingFollows,
        @Schema(description = "经费说明，最多500个字") @MaxChars(value = TextLimits.FUNDING_NOTE, message = "经费说明不能超过{value}个字")
                String fundingNote,
        @Schema(description = "申请的有效期开始日期，yyyy-MM-dd，可不填（不填或早于批准日时自批准日起）") LocalDate validFrom,
        @Schema(description = "申请的有效期截止日期，yyyy-MM-dd，可不填（不填时为两年）；须晚于开始日期，且不超过开始日期后两年（清单每两年评估一次）") LocalDate validTo,
        @Schema(description = "自评说明，最多4000个字；提交时必填")
                @MaxChars(value = TextLimits.SELF_ASSESSMENT, message = "自评说明不能超过{value}个字")
                String selfAssessment) {

    public List<Long> cooperatingOrgIds() {
        return cooperatingOrgIds == null
                ? List.of()
                : cooperatingOrgIds.stream().distinct().toList();
    }

    public List<Long> targetTownshipIds() {
        return targetTownshipIds == null
                ? List.of()
                : targetTownshipIds.stream().distinct().toList();
    }

    public List<Long> targetVillageIds() {
        return targetVillageIds == null
                ? List.of()
                : targetVillageIds.stream().distinct().toList();
    }
}
