package cn.jianfu.bench.peer;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The stock peer of the chain benchmark: a plain Spring Boot app with Camunda's
 * {@code camunda-bpm-spring-boot-starter-rest} (the engine and its REST API at /engine-rest, nothing
 * of ours), running the repository's {@code bpmn/admission.bpmn} with no-op beans in place of
 * Jianfu's delegates and listeners ({@link StandInBeans}). It is configured like Jianfu's
 * {@code mysql} profile where that matters for speed: MariaDB through Connector/J, history level
 * full, READ COMMITTED, Hikari's default pool of 10, job executor on. The chain benchmark starts it
 * in its own JVM from the bench module's classpath with {@code --spring.datasource.url=…},
 * {@code --server.port=…} and {@code --peer.bpmn=<repo>/bpmn/admission.bpmn}.
 */
@SpringBootApplication
public class PeerApplication {

    /** Where Jianfu's configuration (application.yml, application-mysql.yml) has the same value. */
    static final Map<String, Object> LIKE_JIANFU = Map.of(
            "camunda.bpm.history-level", "full",
            "camunda.bpm.database.schema-update", "true",
            "camunda.bpm.id-generator", "strong",
            "camunda.bpm.job-execution.enabled", "true",
            "spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver",
            "spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");

    /** The peer's own: the model is deployed from the file the benchmark names, nothing is scanned. */
    static final Map<String, Object> PEER_ONLY = Map.of(
            "camunda.bpm.auto-deployment-enabled", "false",
            "spring.main.banner-mode", "off");

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PeerApplication.class);
        Map<String, Object> defaults = new HashMap<>(LIKE_JIANFU);
        defaults.putAll(PEER_ONLY);
        app.setDefaultProperties(defaults);
        app.run(args);
    }
}
