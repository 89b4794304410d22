package cn.jianfu.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Remembers which test classes the running JUnit Platform launch holds (registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}), so that a check
 * over the whole suite can tell a full run ({@code mvn verify}) from a partial one
 * ({@code -Dtest=...}, a single class in the IDE).
 */
public class TestRunPlan implements TestExecutionListener {

    private static volatile Set<String> classesInRun = Set.of();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        classesInRun = testClasses(plan);
    }

    /**
     * The test classes Surefire would run in a full build (the JUnit Jupiter classes under
     * {@code cn.jianfu} named like its includes {@code *Test}, {@code *Tests}, {@code *IT}) that are
     * not in the current launch; empty when the whole suite runs.
     */
    public static List<String> suiteClassesNotInThisRun() {
        TestPlan suite = LauncherFactory.create()
                .discover(LauncherDiscoveryRequestBuilder.request()
                        .selectors(DiscoverySelectors.selectPackage("cn.jianfu"))
                        .filters(
                                ClassNameFilter.includeClassNamePatterns(".*Test", ".*Tests", ".*IT"),
                                EngineFilter.includeEngines("junit-jupiter"))
                        .build());
        Set<String> missing = testClasses(suite);
        missing.removeAll(classesInRun);
        return List.copyOf(missing);
    }

    private static Set<String> testClasses(TestPlan plan) {
        Set<String> classes = new TreeSet<>();
        Deque<TestIdentifier> todo = new ArrayDeque<>(plan.getRoots());
        while (!todo.isEmpty()) {
            TestIdentifier id = todo.pop();
            id.getSource()
                    .filter(ClassSource.class::isInstance)
                    .map(s -> ((ClassSource) s).getClassName())
                    .ifPresent(classes::add);
            todo.addAll(plan.getChildren(id));
        }
        return classes;
    }
}
