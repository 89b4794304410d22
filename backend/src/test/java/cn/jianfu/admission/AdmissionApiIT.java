package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admission API as a browser or a script reaches it: authorization, bad input, retries. */
@JianfuTest
class AdmissionApiIT {

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

    private MockHttpServletRequestBuilder as(CurrentUser u, MockHttpServletRequestBuilder request) {
        return request.with(user(u)).with(csrf());
    }

    private JsonNode call(CurrentUser u, MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        String body = mvc.perform(as(u, request))
                .andExpect(status().is(expectedStatus))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : json.readTree(body);
    }

    private MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder r, Object body) throws Exception {
        return r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private long draft(CurrentUser applicant, String name) throws Exception {
        var org = applicant == c.applicantA() ? c.deptA() : c.deptB();
        return call(
                        applicant,
                        jsonBody(post("/api/admission/applications"), TestCounty.form(name, org, c.township())),
                        201)
                .get("id")
                .asLong();
    }

    private JsonNode submit(CurrentUser applicant, long id) throws Exception {
        return call(applicant, post("/api/admission/applications/" + id + "/submit"), 200);
    }

    private long rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    @Test
    void aDepartmentCannotSeeAnotherDepartmentsDraft() throws Exception {
        long id = draft(c.applicantA(), "草稿事项" + c.suffix());
        call(c.applicantB(), get("/api/admission/applications/" + id), 404);
        call(c.reviewer(), get("/api/admission/applications/" + id), 404);
        call(
                c.applicantB(),
                jsonBody(put("/api/admission/applications/" + id), TestCounty.form("篡改", c.deptB(), c.township())),
                404);
        JsonNode others = call(c.applicantB(), get("/api/admission/applications"), 200);
        assertThat(others.get("items").findValuesAsText("id")).doesNotContain(String.valueOf(id));
        JsonNode all = call(c.reviewer(), get("/api/admission/applications?scope=all&size=100"), 200);
        assertThat(all.get("items").findValuesAsText("id")).doesNotContain(String.valueOf(id));
        // once submitted the reviewers see it, the other department still does not
        submit(c.applicantA(), id);
        call(c.reviewer(), get("/api/admission/applications/" + id), 200);
        call(c.applicantB(), get("/api/admission/applications/" + id), 404);
    }

    @Test
    void anApplicantCannotCompleteAReviewTask() throws Exception {
        long id = draft(c.applicantA(), "审核越权" + c.suffix());
        String taskId = submit(c.applicantA(), id).at("/currentTask/taskId").asText();
        call(
                c.applicantA(),
                jsonBody(post("/api/admission/tasks/" + taskId + "/review"), Map.of("decision", "PASS")),
                403);
        call(c.applicantB(), post("/api/inbox/tasks/" + taskId + "/claim"), 403);
        // an approver is not a candidate of the review step
        call(
                c.approver(),
                jsonBody(post("/api/admission/tasks/" + taskId + "/approve"), Map.of("decision", "APPROVE")),
                403);
        JsonNode app = call(c.applicantA(), get("/api/admission/applications/" + id), 200);
        assertThat(app.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(app.at("/currentTask/taskId").asText()).isEqualTo(taskId);
    }

    @Test
    void nobodyDecidesTheirOwnApplication() throws Exception {
        CurrentUser both = c.applicantReviewer();
        long id = call(
                        both,
                        jsonBody(
                                post("/api/admission/applications"),
                                TestCounty.form("自审事项" + c.suffix(), c.deptA(), c.township())),
                        201)
                .get("id")
                .asLong();
        String taskId = submit(both, id).at("/currentTask/taskId").asText();
        JsonNode error = call(
                both, jsonBody(post("/api/admission/tasks/" + taskId + "/review"), Map.of("decision", "PASS")), 403);
        assertThat(error.get("message").asText()).contains("本人");
        call(both, post("/api/inbox/tasks/" + taskId + "/claim"), 403);
        // a colleague of the same department with the reviewer role is someone else: allowed
        String approveTask = call(
                        c.reviewer(),
                        jsonBody(post("/api/admission/tasks/" + taskId + "/review"), Map.of("decision", "PASS")),
                        200)
                .at("/currentTask/taskId")
                .asText();
        call(
                both,
                jsonBody(post("/api/admission/tasks/" + approveTask + "/approve"), Map.of("decision", "APPROVE")),
                403);
    }

    @Autowired
    cn.jianfu.org.UserService users;

    @Test
    void aDepartmentCannotAdmitItsOwnItemThroughColleaguesWhoReviewAndApprove() throws Exception {
        String name = "colleague" + c.suffix();
        users.create(new cn.jianfu.org.UserForm(
                name,
                "同单位审核人",
                TestCounty.PASSWORD,
                c.deptA().id(),
                java.util.Set.of(cn.jianfu.org.Role.REVIEWER, cn.jianfu.org.Role.APPROVER),
                true));
        CurrentUser colleague = new CurrentUser(users.findByUsername(name).orElseThrow());
        long id = call(
                        c.applicantA(),
                        jsonBody(
                                post("/api/admission/applications"),
                                TestCounty.form("同单位事项" + c.suffix(), c.deptA(), c.township())),
                        201)
                .get("id")
                .asLong();
        String taskId = submit(c.applicantA(), id).at("/currentTask/taskId").asText();
        JsonNode error = call(
                colleague,
                jsonBody(post("/api/admission/tasks/" + taskId + "/review"), Map.of("decision", "PASS")),
                403);
        assertThat(error.get("message").asText()).contains("本单位");
        call(colleague, post("/api/inbox/tasks/" + taskId + "/claim"), 403);
        assertThat(call(c.applicantA(), get("/api/admission/applications/" + id), 200)
                        .get("status")
                        .asText())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void theLeadDepartmentIsTheApplicantsOwn() throws Exception {
        JsonNode error = call(
                c.applicantA(),
                jsonBody(
                        post("/api/admission/applications"),
                        TestCounty.form("他人牵头" + c.suffix(), c.deptB(), c.township())),
                400);
        assertThat(error.at("/fieldErrors/leadOrgId").asText()).contains("本单位");
    }

    @Test
    void anonymousUsersReachOnlyThePublicLookup() throws Exception {
        mvc.perform(get("/api/public/admission-items")).andExpect(status().isOk());
        mvc.perform(get("/api/public/orgs")).andExpect(status().isOk());
        for (String path : new String[] {
            "/api/admission/applications",
            "/api/admission-items",
            "/api/inbox",
            "/api/users",
            "/api/orgs",
            "/api/admission/process-diagram",
            "/api/admission-items/export"
        }) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.message").value("请先登录"));
        }
        mvc.perform(post("/api/admission/applications")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/task")).andExpect(status().is4xxClientError());
        mvc.perform(get("/engine-rest/task").with(user(c.applicantA()))).andExpect(status().isForbidden());
    }

    @Test
    void incompleteSubmissionIsRefusedFieldByFieldAndChangesNothing() throws Exception {
        long id = call(
                        c.applicantA(),
                        jsonBody(
                                post("/api/admission/applications"),
                                Map.of("itemName", "只有名称" + c.suffix(), "fundingFollows", true)),
                        201)
                .get("id")
                .asLong();
        long audits = rows("audit_event");
        JsonNode error = call(c.applicantA(), post("/api/admission/applications/" + id + "/submit"), 400);
        assertThat(error.get("message").asText()).isEqualTo("提交的内容有误，请按提示修改");
        assertThat(error.get("fieldErrors").get("content").asText()).isEqualTo("请填写事项内容");
        assertThat(error.get("fieldErrors").get("fundingNote").asText()).contains("费随事转");
        assertThat(error.get("fieldErrors").get("selfAssessment").asText()).isEqualTo("请填写自评说明");
        assertThat(call(c.applicantA(), get("/api/admission/applications/" + id), 200)
                        .get("status")
                        .asText())
                .isEqualTo("DRAFT");
        assertThat(rows("audit_event")).isEqualTo(audits);
    }

    @Test
    void invalidOrOversizedInputIsA400AndTheSavedDraftStays() throws Exception {
        long id = draft(c.applicantA(), "原始名称" + c.suffix());
        var tooLong = new java.util.HashMap<String, Object>(
                Map.of("itemName", "名".repeat(101), "workloadHoursPerMonth", 1000));
        JsonNode error = call(c.applicantA(), jsonBody(put("/api/admission/applications/" + id), tooLong), 400);
        assertThat(error.get("fieldErrors").get("itemName").asText()).isEqualTo("事项名称不能超过100个字");
        assertThat(error.get("fieldErrors").get("workloadHoursPerMonth").asText())
                .contains("744");
        call(
                c.applicantA(),
                put("/api/admission/applications/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"NOT_A_CATEGORY\"}"),
                400);
        call(
                c.applicantA(),
                put("/api/admission/applications/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"),
                400);
        call(
                c.applicantA(),
                jsonBody(put("/api/admission/applications/" + id), Map.of("itemName", "x", "leadOrgId", 987654321)),
                400);
        JsonNode saved = call(c.applicantA(), get("/api/admission/applications/" + id), 200);
        assertThat(saved.get("itemName").asText()).isEqualTo("原始名称" + c.suffix());
        assertThat(saved.get("content").asText()).isEqualTo("村(社区)配合开展入户宣传");
        assertThat(saved.get("history").get(0).get("actionLabel").asText()).isEqualTo("创建草稿");
    }

    @Test
    void aRetriedCreateWithTheSameKeyMakesOneDraftAndADoubleSubmitOneProcess() throws Exception {
        String key = UUID.randomUUID().toString();
        var form = TestCounty.form("双击事项" + c.suffix(), c.deptA(), c.township());
        long first = call(
                        c.applicantA(),
                        jsonBody(post("/api/admission/applications"), form).header("Idempotency-Key", key),
                        201)
                .get("id")
                .asLong();
        long second = call(
                        c.applicantA(),
                        jsonBody(post("/api/admission/applications"), form).header("Idempotency-Key", key),
                        201)
                .get("id")
                .asLong();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM admission_application WHERE item_name = ?",
                        Long.class,
                        "双击事项" + c.suffix()))
                .isEqualTo(1);
        submit(c.applicantA(), first);
        JsonNode again = call(c.applicantA(), post("/api/admission/applications/" + first + "/submit"), 409);
        assertThat(again.get("message").asText()).contains("不能重复提交");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ? AND PROC_DEF_KEY_ = 'admission'",
                        Long.class,
                        String.valueOf(first)))
                .isEqualTo(1);
    }

    @Test
    void attachmentsAreCheckedByContentAndServedAsDownloads() throws Exception {
        long id = draft(c.applicantA(), "附件事项" + c.suffix());
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
        JsonNode a = call(
                c.applicantA(),
                multipart("/api/admission/applications/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "../../etc/依据.pdf", "application/pdf", pdf)),
                201);
        assertThat(a.get("fileName").asText()).isEqualTo("依据.pdf");
        JsonNode fake = call(
                c.applicantA(),
                multipart("/api/admission/applications/" + id + "/attachments")
                        .file(new MockMultipartFile(
                                "file",
                                "report.pdf",
                                "application/pdf",
                                "<html><script>alert(1)</script></html>".getBytes())),
                415);
        assertThat(fake.get("message").asText()).contains("PDF");
        call(
                c.applicantA(),
                multipart("/api/admission/applications/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "run.sh", "text/plain", "#!/bin/sh".getBytes())),
                415);

        mvc.perform(get("/api/attachments/" + a.get("id").asLong()).with(user(c.applicantA())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(pdf));
        // another department may not read a draft's files
        mvc.perform(get("/api/attachments/" + a.get("id").asLong()).with(user(c.applicantB())))
                .andExpect(status().isNotFound());
        JsonNode detail = call(c.applicantA(), get("/api/admission/applications/" + id), 200);
        assertThat(detail.get("attachments")).hasSize(1);
    }

    @Test
    void errorsNeverCarryStackTraces() throws Exception {
        mvc.perform(as(c.applicantA(), get("/api/admission/applications/not-a-number")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(jsonPath("$.message").value("请求格式不正确，请检查填写的内容"));
        mvc.perform(as(c.applicantA(), post("/api/admission/applications/999999999/submit")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("申请不存在"));
    }
}
