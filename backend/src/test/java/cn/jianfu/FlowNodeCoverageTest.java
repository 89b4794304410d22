package cn.jianfu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jianfu.admission.AdmissionProcess;
import cn.jianfu.clue.ClueProcess;
import cn.jianfu.listreview.ListReviewProcess;
import cn.jianfu.recurring.SpecialTopicProcess;
import cn.jianfu.testing.MariaDbTestDatabase;
import cn.jianfu.testing.ProcessTestEngine;
import cn.jianfu.testing.TestRunPlan;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every flow node of both BPMN models, sub-processes included, must have run at least once in the
 * test run: in the history of the standalone engine of the model-level {@code *ProcessTest}s or in
 * that of the full application ({@code *IT}, one Spring context on {@code JIANFU_TEST_DB_NAME}).
 * Both schemas are created afresh by each run and no test deletes history, so what they hold is
 * this run's. No node is exempt: each one is reachable, and the process tests drive every path.
 *
 * <p>It runs last ({@code @Order}, see {@code junit-platform.properties}) and only when the whole
 * suite runs in this JVM; in a partial run ({@code -Dtest=...}, one class in the IDE) it is skipped
 * and names the classes left out.
 */
@Order(Integer.MAX_VALUE)
class FlowNodeCoverageTest {

    private static final List<String> MODELS = List.of(
            AdmissionProcess.RESOURCE, ClueProcess.RESOURCE, ListReviewProcess.RESOURCE, SpecialTopicProcess.RESOURCE);

    @Test
    void everyFlowNodeOfEveryModelRanInThisTestRun() throws IOException, SQLException {
        List<String> leftOut = TestRunPlan.suiteClassesNotInThisRun();
        assumeTrue(
                leftOut.isEmpty(),
                () -> "The flow-node coverage of the BPMN models is checked only when the whole suite runs; "
                        + "this run leaves out " + leftOut.size() + " test classes, e.g. "
                        + leftOut.subList(0, Math.min(5, leftOut.size())));
        String applicationSchema = MariaDbTestDatabase.applicationSchemaOfThisRun();
        String engineSchema = ProcessTestEngine.schemaOfThisRun();

        Map<String, List<String>> neverRan = new LinkedHashMap<>();
        for (String resource : MODELS) {
            BpmnModelInstance model = read(resource);
            Set<String> keys = model.getModelElementsByType(Process.class).stream()
                    .map(Process::getId)
                    .collect(Collectors.toSet());
            Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
            assertThat(nodes).as("flow nodes of %s", resource).isNotEmpty();
            Set<String> ran = new HashSet<>(executedActivities(applicationSchema, keys));
            ran.addAll(executedActivities(engineSchema, keys));
            List<String> missing = nodes.stream()
                    .map(FlowNode::getId)
                    .filter(id -> !ran.contains(id))
                    .sorted()
                    .toList();
            if (!missing.isEmpty()) {
                neverRan.put(
                        "%s (process %s, %d flow nodes, %d never ran)"
                                .formatted(resource, String.join(",", keys), nodes.size(), missing.size()),
                        missing);
            }
        }
        if (!neverRan.isEmpty()) {
            fail(
                    "Flow nodes that no test executed (neither in the *ProcessTest engine's history, schema %s, "
                            + "nor in the application's, schema %s):%n%s",
                    engineSchema,
                    applicationSchema,
                    neverRan.entrySet().stream()
                            .map(e -> "  " + e.getKey() + ": " + String.join(", ", e.getValue()))
                            .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private static BpmnModelInstance read(String resource) throws IOException {
        try (InputStream in = FlowNodeCoverageTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s on the test classpath", resource).isNotNull();
            return Bpmn.readModelFromStream(in);
        }
    }

    /** The activity ids in the schema's ACT_HI_ACTINST for the process keys; none when the engine never ran there. */
    private static Set<String> executedActivities(String schema, Set<String> processKeys) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(
                MariaDbTestDatabase.url(schema), MariaDbTestDatabase.user(), MariaDbTestDatabase.password())) {
            try (PreparedStatement exists = c.prepareStatement("SELECT COUNT(*) FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = ? AND UPPER(TABLE_NAME) = 'ACT_HI_ACTINST'")) {
                exists.setString(1, schema);
                try (ResultSet r = exists.executeQuery()) {
                    r.next();
                    if (r.getInt(1) == 0) {
                        return ids;
                    }
                }
            }
            for (String key : processKeys) {
                try (PreparedStatement q =
                        c.prepareStatement("SELECT DISTINCT ACT_ID_ FROM ACT_HI_ACTINST WHERE PROC_DEF_KEY_ = ?")) {
                    q.setString(1, key);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            ids.add(r.getString(1));
                        }
                    }
                }
            }
        }
        return ids;
    }
}
