package cn.jianfu.clue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A reported problem, as the reporter fills it in on the portal or as office staff record it from
 * the hotline, the mailbox or an inspection. Anonymous unless {@code anonymous} is false; name and
 * phone of an anonymous report are dropped, never stored.
 */
public record ClueForm(
        @NotNull(message = "请选择问题类别") ClueCategory category,
        ClueSource source,
        Long reportedOrgId,
        @Size(max = 100, message = "被反映单位不能超过100个字") String reportedUnitText,
        @Size(max = 200, message = "地点不能超过200个字") String place,
        @Size(max = 100, message = "发生时间不能超过100个字") String occurredWhen,
        @NotBlank(message = "请描述反映的问题") @Size(min = 10, max = 4000, message = "问题描述应在10到4000个字之间") String description,
        Boolean anonymous,
        @Size(max = 50, message = "姓名不能超过50个字") String reporterName,
        @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "联系电话格式不正确") String reporterPhone) {

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
