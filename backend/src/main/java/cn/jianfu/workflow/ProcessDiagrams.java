package cn.jianfu.workflow;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The BPMN 2.0 XML of a deployed process (its latest version), for the diagram on the subject's page.
 * Administrators get the model as deployed; everyone else gets it without the boundary timers and
 * escalation branches ({@link TimerBranches}), taken out here so that no client can show them.
 */
@Component
public class ProcessDiagrams {

    /** What the diagram endpoints produce. */
    public static final String XML = "application/xml;charset=UTF-8";

    private final RepositoryService repository;

    /** The trimmed model per process definition id: a definition never changes once deployed. */
    private final Map<String, String> trimmed = new ConcurrentHashMap<>();

    ProcessDiagrams(RepositoryService repository) {
        this.repository = repository;
    }

    /** The model as {@code viewer} may see it: whole for administrators, without timer branches for others. */
    public String xml(String processKey, CurrentUser viewer) {
        ProcessDefinition definition = latest(processKey);
        String xml = read(definition);
        if (viewer.has(Role.ADMIN)) {
            return xml;
        }
        return trimmed.computeIfAbsent(definition.getId(), id -> TimerBranches.strip(xml));
    }

    private ProcessDefinition latest(String processKey) {
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult();
        if (definition == null) {
            throw ApiException.notFound("流程不存在");
        }
        return definition;
    }

    private String read(ProcessDefinition definition) {
        try (InputStream model = repository.getProcessModel(definition.getId())) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
