package cn.jianfu.workflow;

import io.swagger.v3.oas.annotations.media.Schema;

/** A person a task may be handed to (转办、委派). */
@Schema(description = "可接收任务的人员")
public record TaskHolder(
        @Schema(description = "用户名，转办或委派时提交") String username,
        @Schema(description = "姓名") String displayName,
        @Schema(description = "所属机构名称") String orgName) {}
