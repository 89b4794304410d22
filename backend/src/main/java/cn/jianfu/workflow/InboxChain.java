package cn.jianfu.workflow;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "待办可按其筛选的一个流程及其环节")
public record InboxChain(
        @Schema(description = "流程编码，用作 chain 参数，如 clue") String key,
        @Schema(description = "流程名称，如 问题线索办理") String name,
        @Schema(description = "流程的人工环节，按流程图中的顺序") List<Step> steps) {

    @Schema(description = "流程的一个人工环节")
    public record Step(
            @Schema(description = "环节编码，用作 step 参数，如 Task_Verify") String key,
            @Schema(description = "环节名称，如 联合核查") String name) {}
}
