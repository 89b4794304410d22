package cn.jianfu.workflow;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The process model of either chain, for the diagram beside an application or a clue:
 * {@code /api/processes/admission/diagram}, {@code /api/processes/clue/diagram}.
 */
@RestController
class ProcessDiagramController {

    private final ProcessDiagrams diagrams;

    ProcessDiagramController(ProcessDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    @GetMapping(path = "/api/processes/{processKey}/diagram", produces = ProcessDiagrams.XML)
    String diagram(@PathVariable String processKey) {
        return diagrams.xml(processKey);
    }
}
