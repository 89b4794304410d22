package cn.jianfu.workflow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.common.Clock;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the inbox tests share: calling the API as someone, and bringing applications and clues of
 * a test county to the steps the inbox shows, through the same API the pages use.
 */
class InboxTesting {

    record Answer(int status, String body) {}

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final TaskService tasks;

    InboxTesting(MockMvc mvc, ObjectMapper json, TaskService tasks) {
        this.mvc = mvc;
        this.json = json;
        this.tasks = tasks;
    }

    Answer send(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
        return new Answer(r.getStatus(), r.getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode call(CurrentUser who, MockHttpServletRequestBuilder request, int expected) throws Exception {
        Answer a = send(who, request);
        if (a.status() != expected) {
            throw new AssertionError("expected " + expected + " but got " + a.status() + ": " + a.body());
        }
        return a.body().isEmpty() ? null : json.readTree(a.body());
    }

    MockHttpServletRequestBuilder jsonPost(String url, Object body) throws Exception {
        return post(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    /** An application of {@code c}'s department A, submitted: it waits at the review. Answers its id. */
    long submittedApplication(County c, String name) throws Exception {
        long id = call(
                        c.applicantA(),
                        jsonPost(
                                "/api/admission/applications",
                                TestCounty.form(name + c.suffix(), c.deptA(), c.township())),
                        201)
                .get("id")
                .asLong();
        call(c.applicantA(), post("/api/admission/applications/" + id + "/submit"), 200);
        return id;
    }

    /** A hotline clue about {@code c}'s department A, recorded by the office: it waits at the triage. */
    long recordedClue(County c, String description) throws Exception {
        return call(
                        c.officer(),
                        jsonPost(
                                "/api/clues",
                                Map.of(
                                        "category",
                                        "FINGERTIP_FORMALISM",
                                        "source",
                                        "HOTLINE",
                                        "reportedOrgId",
                                        c.deptA().id(),
                                        "place",
                                        c.village1().name(),
                                        "description",
                                        description + c.suffix(),
                                        "anonymous",
                                        true)),
                        201)
                .get("id")
                .asLong();
    }

    /** Triages the clue to the village and department B at once (双交办): two verifications run side by side. */
    void dualAssigned(County c, long clueId) throws Exception {
        call(
                c.officer(),
                jsonPost(
                        "/api/clues/tasks/"
                                + task("clue", clueId, "Task_Triage").getId() + "/triage",
                        Map.of(
                                "decision",
                                "ASSIGN",
                                "unitIds",
                                List.of(c.village1().id(), c.deptB().id()),
                                "dual",
                                true)),
                200);
    }

    Task task(String processKey, long businessId, String taskKey) {
        return tasks.createTaskQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(businessId))
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    /** Moves a task's due date ({@code null}: no due date), as a changed deadline would. */
    void due(Task task, LocalDateTime due) {
        task.setDueDate(due == null ? null : Clock.toDate(due));
        tasks.saveTask(task);
    }

    static List<String> field(JsonNode page, String name) {
        List<String> values = new ArrayList<>();
        page.get("items").forEach(i -> values.add(i.get(name).asText()));
        return values;
    }
}
