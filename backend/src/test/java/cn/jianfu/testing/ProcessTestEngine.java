package cn.jianfu.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The one standalone process engine (no Spring) that the model-level {@code *ProcessTest}s share
 * in a test run: on MariaDB through Connector/J, in its own schema ({@link
 * MariaDbTestDatabase#engineSchema()}) created afresh when the engine is first used, history level
 * full, job executor off (tests execute due jobs themselves), and expressions resolved from
 * {@link Mocks} only, so every delegate, listener and bean a model names must be registered as a
 * mock by the test. Each test deploys its model alone with {@link #deploy(String)}; deployments
 * are never deleted, so the history stays for {@code FlowNodeCoverageTest}.
 */
public final class ProcessTestEngine {

    public static final String NAME = "jianfu-process-tests";

    private static ProcessEngine engine;
    private static final Set<String> DEPLOYED = new HashSet<>();

    private ProcessTestEngine() {}

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            String schema = MariaDbTestDatabase.engineSchema();
            MariaDbTestDatabase.createFresh(schema);
            HikariConfig pool = new HikariConfig();
            pool.setPoolName(NAME);
            pool.setJdbcUrl(MariaDbTestDatabase.url(schema));
            pool.setUsername(MariaDbTestDatabase.user());
            pool.setPassword(MariaDbTestDatabase.password());
            pool.setMaximumPoolSize(4);
            // MariaDB's default REPEATABLE READ stalls the engine (ENGINE-12019), as in the application
            pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            HikariDataSource dataSource = new HikariDataSource(pool);

            StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
            config.setProcessEngineName(NAME);
            config.setDataSource(dataSource);
            config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            config.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
            config.setJobExecutorActivate(false);
            config.setExpressionManager(new MockExpressionManager());
            config.setMetricsEnabled(false);
            config.setDbMetricsReporterActivate(false);
            engine = config.buildProcessEngine();
            ProcessEngine built = engine;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                built.close();
                dataSource.close();
            }));
        }
        return engine;
    }

    /** The engine's schema; the engine (and so the schema, afresh) is created by this JVM if no test has done so yet. */
    public static String schemaOfThisRun() {
        get();
        return MariaDbTestDatabase.engineSchema();
    }

    /** Deploys the model at {@code resource} (a classpath path such as {@code bpmn/clue.bpmn}) alone, once per run. */
    public static synchronized ProcessEngine deploy(String resource) {
        ProcessEngine e = get();
        if (DEPLOYED.add(resource)) {
            e.getRepositoryService()
                    .createDeployment()
                    .name(resource)
                    .addClasspathResource(resource)
                    .deploy();
        }
        return e;
    }
}
