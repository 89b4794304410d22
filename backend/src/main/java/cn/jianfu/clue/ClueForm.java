package cn.jianfu.clue;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A reported problem, as the reporter fills it in on the portal or as office staff record it from
 * the hotline, the mailbox or an inspection. Anonymous unless {@code anonymous} is false; name and
 * phone of an anonymous report are dropped, never stored.
 */
@Schema(description = "问题线索：反映人在线索征集专区填写，或减负办按热线、信箱、督查检查登记")
public record ClueForm(
        @Schema(description = ClueDocs.CATEGORY + "。必填；来源为 VILLAGE_REFUSAL 时固定为 UNADMITTED_TASK")
                @NotNull(message = "请选择问题类别")
                ClueCategory category,
        @Schema(
                        description = ClueDocs.SOURCE + "。公开反映只能用 PORTAL（不填即此）或 VILLAGE_REFUSAL；"
                                + "减负办登记时须为 HOTLINE、MAILBOX 或 INSPECTION")
                ClueSource source,
        @Schema(description = "被反映单位 id（从机构列表选择）；与 reportedUnitText 至少填一项") Long reportedOrgId,
        @Schema(description = "被反映单位名称（机构列表中没有时填写），最多100个字；填了 reportedOrgId 时不保存")
                @MaxChars(value = TextLimits.REPORTED_UNIT_TEXT, message = "被反映单位不能超过{value}个字")
                String reportedUnitText,
        @Schema(description = "地点，最多200个字") @MaxChars(value = TextLimits.PLACE, message = "地点不能超过{value}个字")
                String place,
        @Schema(description = "发生时间，自由填写（如“2026年3月”），最多100个字")
                @MaxChars(value = TextLimits.OCCURRED_WHEN, message = "发生时间不能超过{value}个字")
                String occurredWhen,
        @Schema(description = "问题描述，必填，10至4000个字")
                @NotBlank(message = "请描述反映的问题")
                @MaxChars(
                        value = TextLimits.DESCRIPTION,
                        min = TextLimits.DESCRIPTION_MIN,
                        message = "问题描述应在{min}到{value}个字之间")
                String description,
        @Schema(description = "是否匿名，不填即匿名；匿名时不保存姓名和联系电话") Boolean anonymous,
        @Schema(description = "反映人姓名，最多50个字；实名时姓名和联系电话至少填一项。加密保存，只有减负办和核查人员可见")
                @MaxChars(value = TextLimits.REPORTER_NAME, message = "姓名不能超过{value}个字")
                String reporterName,
        @Schema(description = "反映人联系电话，5–20位数字、+、-或空格；加密保存，只有减负办和核查人员可见")
                @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "联系电话格式不正确")
                String reporterPhone) {

    public boolean isAnonymous() {
        return anonymous == null || anonymous;
    }

    /** Never prints the reporter's name or phone (frameworks log request bodies at debug level). */
    @Override
    public String toString() {
        return "ClueForm[category=" + category + ", source=" + source + ", reportedOrgId=" + reportedOrgId
                + ", anonymous=" + isAnonymous() + ", reporter=***]";
    }
}
