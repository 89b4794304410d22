package cn.jianfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 抄送 through the API, on both chains: who may copy, what the recipients (a person, or everyone of
 * an organisation) may then read and not do, 抄送我的, and a double click copying once.
 */
@JianfuTest
class CopyIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    JdbcTemplate jdbc;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    record Answer(int status, String body) {}

    private Answer send(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
        return new Answer(r.getStatus(), r.getContentAsString(StandardCharsets.UTF_8));
    }

    private Answer postJson(CurrentUser who, String url, Object body) throws Exception {
        return send(who, post(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private long draft(String name) throws Exception {
        Answer created = postJson(
                c.applicantA(),
                "/api/admission/applications",
                TestCounty.form(name + c.suffix(), c.deptA(), c.township()));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private long submitted(String name) throws Exception {
        long id = draft(name);
        assertThat(send(c.applicantA(), post("/api/admission/applications/" + id + "/submit"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    private long copies(String subjectType, long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM case_copy WHERE subject_type = ? AND subject_id = ?",
                Long.class,
                subjectType,
                id);
    }

    private long copyNotices(CurrentUser who, long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id"
                        + " WHERE u.username = ? AND n.kind = 'CASE_COPIED' AND n.subject_key = ?",
                Long.class,
                who.getUsername(),
                String.valueOf(id));
    }

    private long copyLines(String subjectType, long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE subject_type = ? AND subject_id = ? AND action = 'COPIED'",
                Long.class,
                subjectType,
                id);
    }

    @Test
    void theApplicantCopiesAnApplicationToAPersonAndAVillage() throws Exception {
        long id = submitted("抄送事项𠀀");
        String url = "/api/admission/applications/" + id;
        assertThat(send(c.applicantB(), get(url)).status()).isEqualTo(404);
        assertThat(send(c.villager(), get(url)).status()).isEqualTo(404);

        JsonNode found = json.readTree(send(
                        c.applicantA(),
                        get("/api/copies/people")
                                .param("keyword", c.applicantB().getUsername()))
                .body());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("displayName").asText())
                .isEqualTo(c.applicantB().displayName());
        assertThat(json.readTree(send(
                                c.applicantA(),
                                get("/api/copies/people")
                                        .param("keyword", c.applicantA().getUsername()))
                        .body()))
                .as("not oneself")
                .isEmpty();
        assertThat(send(c.applicantA(), get("/api/copies/people")).status()).isEqualTo(400);

        Answer copied = postJson(
                c.applicantA(),
                url + "/copies",
                Map.of(
                        "usernames",
                        List.of(c.applicantB().getUsername()),
                        "orgIds",
                        List.of(c.village1().id())));
        assertThat(copied.status()).as(copied.body()).isEqualTo(200);
        assertThat(copies("ADMISSION_APPLICATION", id)).isEqualTo(2);
        assertThat(copyLines("ADMISSION_APPLICATION", id)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT comment FROM audit_event WHERE subject_type = 'ADMISSION_APPLICATION'"
                                + " AND subject_id = ? AND action = 'COPIED'",
                        String.class,
                        id))
                .contains(c.applicantB().displayName())
                .contains(c.village1().name());

        assertThat(copyNotices(c.applicantB(), id)).isEqualTo(1);
        assertThat(copyNotices(c.villager(), id))
                .as("everyone of the village hears of it")
                .isEqualTo(1);
        assertThat(copyNotices(c.applicantA(), id)).isZero();

        // the person and everyone of the village now read it
        assertThat(send(c.applicantB(), get(url)).status()).isEqualTo(200);
        assertThat(send(c.villager(), get(url)).status()).isEqualTo(200);
        JsonNode mine = json.readTree(send(c.villager(), get("/api/copies")).body());
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        JsonNode row = mine.get("items").get(0);
        assertThat(row.get("id").asLong()).isEqualTo(id);
        assertThat(row.get("title").asText()).isEqualTo("抄送事项𠀀" + c.suffix());
        assertThat(row.get("copiedByName").asText()).isEqualTo(c.applicantA().displayName());
        assertThat(json.readTree(send(c.applicantB(), get("/api/copies")).body())
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        // but may not act on it, nor copy it on
        assertThat(send(c.applicantB(), post(url + "/nudge")).status()).isIn(403, 404);
        assertThat(send(c.applicantB(), post(url + "/withdraw")).status()).isIn(403, 404);
        assertThat(postJson(
                                c.villager(),
                                url + "/copies",
                                Map.of("usernames", List.of(c.officer().getUsername())))
                        .status())
                .isIn(403, 404);
        assertThat(copies("ADMISSION_APPLICATION", id)).isEqualTo(2);

        // copying the same people again changes nothing
        Answer again = postJson(
                c.applicantA(),
                url + "/copies",
                Map.of("usernames", List.of(c.applicantB().getUsername())));
        assertThat(again.status()).isEqualTo(409);
        assertThat(copyLines("ADMISSION_APPLICATION", id)).isEqualTo(1);
    }

    @Test
    void badRecipientsAndDraftsAreRefusedAndChangeNothing() throws Exception {
        long id = submitted("抄送校验");
        String url = "/api/admission/applications/" + id + "/copies";
        Answer none = postJson(c.applicantA(), url, Map.of());
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("请选择抄送的人员或单位");
        Answer unknown = postJson(c.applicantA(), url, Map.of("usernames", List.of("nobody-" + c.suffix())));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("没有这个用户");
        Answer self = postJson(
                c.applicantA(), url, Map.of("usernames", List.of(c.applicantA().getUsername())));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.body()).contains("不能抄送给自己");
        Answer noOrg = postJson(c.applicantA(), url, Map.of("orgIds", List.of(-5)));
        assertThat(noOrg.status()).isEqualTo(400);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("u" + i);
        }
        assertThat(postJson(c.applicantA(), url, Map.of("usernames", many)).status())
                .isEqualTo(400);
        assertThat(copies("ADMISSION_APPLICATION", id)).isZero();

        // another department may not copy what it cannot read
        assertThat(postJson(
                                c.applicantB(),
                                url,
                                Map.of("usernames", List.of(c.officer().getUsername())))
                        .status())
                .isEqualTo(404);

        long draft = draft("抄送草稿");
        Answer drafted = postJson(
                c.applicantA(),
                "/api/admission/applications/" + draft + "/copies",
                Map.of("usernames", List.of(c.applicantB().getUsername())));
        assertThat(drafted.status()).isEqualTo(409);
        assertThat(copies("ADMISSION_APPLICATION", draft)).isZero();
        assertThat(copyLines("ADMISSION_APPLICATION", id) + copyLines("ADMISSION_APPLICATION", draft))
                .isZero();
    }

    @Test
    void aDoubleClickCopiesOnce() throws Exception {
        long id = submitted("双击抄送");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> clicks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                clicks.add(pool.submit(() -> {
                    start.await();
                    return postJson(
                            c.applicantA(),
                            "/api/admission/applications/" + id + "/copies",
                            Map.of("usernames", List.of(c.applicantB().getUsername())));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> f : clicks) {
                statuses.add(f.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(copies("ADMISSION_APPLICATION", id)).isEqualTo(1);
        assertThat(copyLines("ADMISSION_APPLICATION", id)).isEqualTo(1);
        assertThat(copyNotices(c.applicantB(), id)).isEqualTo(1);
    }

    @Test
    void theOfficeCopiesAClueWithoutTheReporter() throws Exception {
        Answer received = postJson(
                c.officer(),
                "/api/clues",
                Map.of(
                        "category",
                        "FINGERTIP_FORMALISM",
                        "source",
                        "HOTLINE",
                        "reportedOrgId",
                        c.deptA().id(),
                        "description",
                        "抄送线索：每天要在群里打卡上传照片" + c.suffix(),
                        "anonymous",
                        false,
                        "reporterName",
                        "张𠀀",
                        "reporterPhone",
                        "13800000000"));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        long id = json.readTree(received.body()).get("id").asLong();
        String url = "/api/clues/" + id;
        assertThat(send(c.applicantB(), get(url)).status()).isEqualTo(404);

        assertThat(postJson(
                                c.applicantA(),
                                url + "/copies",
                                Map.of("orgIds", List.of(c.deptB().id())))
                        .status())
                .isEqualTo(403);
        assertThat(copies("CLUE", id)).isZero();

        Answer copied = postJson(
                c.officer(), url + "/copies", Map.of("orgIds", List.of(c.deptB().id())));
        assertThat(copied.status()).as(copied.body()).isEqualTo(204);
        Answer read = send(c.applicantB(), get(url));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain("13800000000").doesNotContain("张𠀀");
        JsonNode mine = json.readTree(send(c.applicantB(), get("/api/copies")).body());
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("chain").asText()).isEqualTo("clue");
        assertThat(copyLines("CLUE", id)).isEqualTo(1);
    }
}
