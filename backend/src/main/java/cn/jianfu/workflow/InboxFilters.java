package cn.jianfu.workflow;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgService;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The chains and steps the inbox can be filtered by — the processes that have tasks in the inbox
 * (those a feature describes with {@link TaskSubjects}) and the user tasks of their latest version —
 * and the checking of the filters a request brings.
 */
@Component
class InboxFilters {

    private final RepositoryService repository;
    private final OrgService orgs;
    private final Set<String> processKeys;
    private final Map<String, List<InboxChain.Step>> stepsByDefinition = new ConcurrentHashMap<>();

    InboxFilters(RepositoryService repository, OrgService orgs, List<TaskSubjects> subjects) {
        this.repository = repository;
        this.orgs = orgs;
        this.processKeys = subjects.stream().map(TaskSubjects::processKey).collect(Collectors.toUnmodifiableSet());
    }

    /** Every chain with its steps, by process key. */
    List<InboxChain> chains() {
        return processKeys.stream()
                .sorted()
                .map(key -> repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .latestVersion()
                        .singleResult())
                .filter(Objects::nonNull)
                .map(d -> new InboxChain(d.getKey(), d.getName(), steps(d)))
                .toList();
    }

    /** The filters of a request, checked: a 400 names every field with a value it cannot take. */
    InboxFilter parse(InboxFilterParams p) {
        Map<String, String> errors = new LinkedHashMap<>();
        String chain = blank(p.chain());
        String step = blank(p.step());
        // the catalogue is read only when a chain or step is asked for (most requests ask for neither)
        List<InboxChain> chains = chain == null && step == null ? List.of() : chains();
        if (chain != null && chains.stream().noneMatch(c -> c.key().equals(chain))) {
            errors.put(
                    "chain",
                    "不是可选的流程，可选：" + chains.stream().map(InboxChain::key).collect(Collectors.joining("、")));
        }
        if (step != null
                && chains.stream()
                        .filter(c -> chain == null || c.key().equals(chain))
                        .flatMap(c -> c.steps().stream())
                        .noneMatch(s -> s.key().equals(step))) {
            errors.put("step", chain == null ? "不是可选的环节" : "不是所选流程的环节");
        }
        InboxFilter.DueState due = enumValue(InboxFilter.DueState.class, p.due(), "due", errors);
        InboxFilter.Sort sort = enumValue(InboxFilter.Sort.class, p.sort(), "sort", errors);
        int dueDays = dueDays(p.dueDays(), errors);
        Long unitId = unitId(p.unitId(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new InboxFilter(chain, step, due, dueDays, unitId, sort);
    }

    private List<InboxChain.Step> steps(ProcessDefinition definition) {
        return stepsByDefinition.computeIfAbsent(
                definition.getId(),
                id -> repository.getBpmnModelInstance(id).getModelElementsByType(UserTask.class).stream()
                        .map(t -> new InboxChain.Step(t.getId(), t.getName()))
                        .toList());
    }

    private static <E extends Enum<E>> E enumValue(
            Class<E> type, String raw, String field, Map<String, String> errors) {
        String value = blank(raw);
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        errors.put(
                field,
                "不是可选的值，可选："
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、")));
        return null;
    }

    private static int dueDays(String raw, Map<String, String> errors) {
        String value = blank(raw);
        if (value == null) {
            return InboxFilter.DEFAULT_DUE_DAYS;
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= InboxFilter.MAX_DUE_DAYS) {
                return days;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        errors.put("dueDays", "应为 1 到 " + InboxFilter.MAX_DUE_DAYS + " 之间的整数");
        return InboxFilter.DEFAULT_DUE_DAYS;
    }

    private Long unitId(String raw, Map<String, String> errors) {
        String value = blank(raw);
        if (value == null) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.put("unitId", "应为机构 id（正整数）");
            return null;
        }
        if (id < 1 || orgs.byIds(List.of(id)).isEmpty()) {
            errors.put("unitId", "单位不存在");
            return null;
        }
        return id;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
