package cn.jianfu.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans a model names ({@code ${admissionPreCheckDelegate}}, {@code ${deadlines}}), as Mockito
 * mocks registered with {@link Mocks} for one test of {@link ProcessTestEngine}. Each call of a
 * delegate or listener is also recorded as it happens: where it ran and the variables it saw,
 * because the execution a mock receives can no longer be read once the engine's command is over.
 */
public final class ProcessMocks {

    /** One call: the activity (for a task listener, the task definition) and the variables visible there. */
    public record Call(String activityId, Map<String, Object> variables) {

        public Object variable(String name) {
            return variables.get(name);
        }
    }

    private final Map<String, List<Call>> calls = new HashMap<>();

    /** A delegate that does nothing but record its calls. */
    public JavaDelegate delegate(String name) {
        return delegate(name, execution -> {});
    }

    /** A delegate that records its calls and then does {@code behaviour}, e.g. set the variables the real one sets. */
    public JavaDelegate delegate(String name, Consumer<DelegateExecution> behaviour) {
        JavaDelegate delegate = mock(JavaDelegate.class, name);
        try {
            doAnswer(invocation -> {
                        DelegateExecution execution = invocation.getArgument(0);
                        record(name, execution.getCurrentActivityId(), execution.getVariables());
                        behaviour.accept(execution);
                        return null;
                    })
                    .when(delegate)
                    .execute(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Mocks.register(name, delegate);
        return delegate;
    }

    /** A task listener that records the task definition key and the variables of each task it is told about. */
    public TaskListener listener(String name) {
        TaskListener listener = mock(TaskListener.class, name);
        doAnswer(invocation -> {
                    DelegateTask task = invocation.getArgument(0);
                    record(name, task.getTaskDefinitionKey(), task.getVariables());
                    return null;
                })
                .when(listener)
                .notify(any());
        Mocks.register(name, listener);
        return listener;
    }

    /** Any other bean the model's expressions call, e.g. a mocked {@code deadlines}. */
    public <T> T bean(String name, T bean) {
        Mocks.register(name, bean);
        return bean;
    }

    /** The calls of the delegate or listener registered as {@code name}, in order. */
    public List<Call> calls(String name) {
        return List.copyOf(calls.getOrDefault(name, List.of()));
    }

    /** Unregisters every mock of this thread; call after each test. */
    public static void reset() {
        Mocks.reset();
    }

    private void record(String name, String activityId, Map<String, Object> variables) {
        calls.computeIfAbsent(name, n -> new ArrayList<>()).add(new Call(activityId, new HashMap<>(variables)));
    }
}
