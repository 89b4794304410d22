package cn.jianfu.workflow;

import cn.jianfu.common.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** The BPMN 2.0 XML of a deployed process (its latest version), for the diagram on the subject's page. */
@Component
public class ProcessDiagrams {

    /** What the diagram endpoints produce. */
    public static final String XML = "application/xml;charset=UTF-8";

    private final RepositoryService repository;

    ProcessDiagrams(RepositoryService repository) {
        this.repository = repository;
    }

    public String xml(String processKey) {
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult();
        if (definition == null) {
            throw ApiException.notFound("流程不存在");
        }
        try (InputStream model = repository.getProcessModel(definition.getId())) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
