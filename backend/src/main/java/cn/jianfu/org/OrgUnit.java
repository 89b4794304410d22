package cn.jianfu.org;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

@Schema(description = "机构")
public record OrgUnit(
        @Schema(description = "机构 id") Long id,
        @Schema(description = "机构编码") String code,
        @Schema(description = "机构名称") String name,
        @Schema(
                        description =
                                "机构类型：COUNTY_DEPT 县级部门，SOCIAL_WORK_DEPT 社会工作部，LEADERSHIP_OFFICE 县委县政府办公室，BURDEN_OFFICE 减负办，"
                                        + "DISCIPLINE 纪委监委，TOWNSHIP 乡镇/街道，VILLAGE 村/社区")
                OrgType type,
        @Schema(description = "上级机构 id；没有上级时为空") Long parentId,
        @Schema(description = "创建时间，带时区偏移，如 2026-11-23T16:05:42.123+08:00") LocalDateTime createdAt) {}
