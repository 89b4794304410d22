package cn.jianfu.admission;

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
public record ApplicationForm(
        @Size(max = 100, message = "事项名称不能超过100个字") String itemName,
        ItemCategory category,
        @Size(max = 2000, message = "法定或政策依据不能超过2000个字") String legalBasis,
        @Size(max = 4000, message = "事项内容不能超过4000个字") String content,
        @Size(max = 2000, message = "履职标准不能超过2000个字") String performanceStandard,
        Long leadOrgId,
        @Size(max = 30, message = "配合部门最多选择30个") List<Long> cooperatingOrgIds,
        TargetScope targetScope,
        @Size(max = 100, message = "指定乡镇最多选择100个") List<Long> targetTownshipIds,
        @DecimalMin(value = "0", message = "每村每月工作量不能为负数")
                @DecimalMax(value = "744", message = "每村每月工作量不能超过744小时")
                @Digits(integer = 4, fraction = 1, message = "工作量最多保留一位小数")
                BigDecimal workloadHoursPerMonth,
        Frequency frequency,
        boolean requiresDataReporting,
        boolean requiresSignboard,
        boolean requiresCertificate,
        boolean requiresAppOrChatGroup,
        boolean requiresCheckIn,
        boolean requiresPhotoProof,
        boolean fundingFollows,
        @Size(max = 500, message = "经费说明不能超过500个字") String fundingNote,
        LocalDate validFrom,
        LocalDate validTo,
        @Size(max = 4000, message = "自评说明不能超过4000个字") String selfAssessment) {

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
}
