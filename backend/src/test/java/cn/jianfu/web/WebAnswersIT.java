package cn.jianfu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** What a person or a client meets at the edges: unknown addresses, headers, big bodies, the engine's tools. */
@JianfuTest
class WebAnswersIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCounty counties;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    @Test
    void unknownAddressesAreNotFoundNeverAServerError() throws Exception {
        mvc.perform(get("/error"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("请求的地址不存在"));
        mvc.perform(get("/api/no-such-thing").with(user(c.applicantA())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/no/such/page").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<div id=\"root\">")));
        mvc.perform(get("/assets/missing-file.js").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void aNonAdministratorOpeningTheEngineToolsIsSentToAFriendlyPage() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/").accept(MediaType.TEXT_HTML).with(user(c.reviewer())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/no-access?to=camunda"));
        mvc.perform(get("/no-access").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndPrivacyHeaders() throws Exception {
        mvc.perform(get("/api/auth/csrf"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
    }

    @Test
    void anonymousEndpointsRefuseBigBodiesBeforeReadingThem() throws Exception {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM clue", Integer.class);
        String huge = "{\"description\":\"" + "形".repeat(30_000) + "\"}";
        mvc.perform(post("/api/public/clues")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.message").value("提交的内容过大"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clue", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void theEngineRestApiCannotCompleteATaskEvenForAnAdministrator() throws Exception {
        Task task = tasks.newTask();
        task.setName("engine-rest probe");
        tasks.saveTask(task);
        try {
            mvc.perform(post("/engine-rest/task/" + task.getId() + "/complete")
                            .with(user(c.admin()))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.message").value(containsString("只读")));
            mvc.perform(post("/camunda/api/engine/engine/default/task/" + task.getId() + "/complete")
                            .with(user(c.admin()))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isForbidden());
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        } finally {
            tasks.deleteTask(task.getId(), true);
        }
    }
}
