package cn.jianfu.bench.peer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deploys the repository's {@code bpmn/admission.bpmn} (the file itself, read at start-up: never a
 * copy) once the app is ready. Until it is deployed {@code GET /engine-rest/process-definition/key/admission}
 * answers 404, which is what the benchmark waits for.
 */
@Component
class ModelDeployment {

    private final RepositoryService repository;
    private final Path bpmn;

    ModelDeployment(RepositoryService repository, @Value("${peer.bpmn}") String bpmn) {
        this.repository = repository;
        this.bpmn = Path.of(bpmn);
    }

    @EventListener(ApplicationReadyEvent.class)
    void deploy() throws IOException {
        try (InputStream model = Files.newInputStream(bpmn)) {
            repository
                    .createDeployment()
                    .name("admission (bench peer)")
                    .enableDuplicateFiltering(true)
                    .addInputStream("admission.bpmn", model)
                    .deploy();
        }
    }
}
