package cn.jianfu.workflow;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The process model of either chain, for the diagram beside an application or a clue:
 * {@code /api/processes/admission/diagram}, {@code /api/processes/clue/diagram}.
 */
@RestController
@Tag(name = "流程图", description = "准入申请和问题线索两条流程的 BPMN 模型，用于在申请或线索旁显示流程图。")
class ProcessDiagramController {

    private final ProcessDiagrams diagrams;

    ProcessDiagramController(ProcessDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    @GetMapping(path = "/api/processes/{processKey}/diagram", produces = ProcessDiagrams.XML)
    @Operation(
            summary = "流程图（BPMN XML）",
            description = "任何已登录用户。该流程最新版本的 BPMN 2.0 XML；系统管理员以外的用户看不到边界定时器（到期提醒、超期督办）及只由它们引出的分支。流程不存在 404。")
    String diagram(@Parameter(description = "流程：admission 准入申请，clue 问题线索") @PathVariable String processKey) {
        return diagrams.xml(processKey, CurrentUser.get());
    }
}
