package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 本次修改: after a return and resubmission, exactly the fields changed and the pre-check's movement. */
@JianfuTest
class ApplicationChangesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    record Answer(int status, JsonNode body) {}

    private Answer send(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        return new Answer(r.getStatus(), body.isEmpty() ? null : json.readTree(body));
    }

    private Map<String, Object> form(String name) {
        return json.convertValue(TestCounty.form(name + c.suffix(), c.deptA(), c.township()), new TypeReference<>() {});
    }

    private long submitted(Map<String, Object> form) throws Exception {
        Answer created = send(
                c.applicantA(),
                post("/api/admission/applications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(form)));
        long id = created.body().get("id").asLong();
        assertThat(send(c.applicantA(), post("/api/admission/applications/" + id + "/submit"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    private void returnedAndResubmitted(long id, Map<String, Object> changed) throws Exception {
        String task = send(c.reviewer(), get("/api/admission/applications/" + id))
                .body()
                .at("/currentTask/taskId")
                .asText();
        assertThat(send(
                                c.reviewer(),
                                post("/api/admission/tasks/" + task + "/review")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"decision\":\"RETURN\",\"comment\":\"请修改\"}"))
                        .status())
                .isEqualTo(200);
        assertThat(send(
                                c.applicantA(),
                                put("/api/admission/applications/" + id)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(json.writeValueAsString(changed)))
                        .status())
                .isEqualTo(200);
        assertThat(send(c.applicantA(), post("/api/admission/applications/" + id + "/submit"))
                        .status())
                .isEqualTo(200);
    }

    private static List<String> codes(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.get("code").asText()));
        return out;
    }

    @Test
    void aResubmissionShowsExactlyTheTwoFieldsChangedAndThePreCheckMoving() throws Exception {
        Map<String, Object> first = form("修改对比");
        first.put("requiresPhotoProof", true);
        long id = submitted(first);
        Answer once = send(c.reviewer(), get("/api/admission/applications/" + id + "/changes"));
        assertThat(once.status()).isEqualTo(200);
        assertThat(once.body().get("resubmitted").asBoolean()).isFalse();
        assertThat(once.body().get("fields")).isEmpty();

        Map<String, Object> second = form("修改对比");
        second.put("requiresPhotoProof", false);
        second.put("requiresCheckIn", true);
        returnedAndResubmitted(id, second);

        Answer changes = send(c.reviewer(), get("/api/admission/applications/" + id + "/changes"));
        assertThat(changes.status()).isEqualTo(200);
        JsonNode body = changes.body();
        assertThat(body.get("resubmitted").asBoolean()).isTrue();
        assertThat(body.get("submissionNo").asInt()).isEqualTo(2);
        JsonNode fields = body.get("fields");
        assertThat(fields).hasSize(2);
        assertThat(fields.get(0).get("field").asText()).isEqualTo("requiresCheckIn");
        assertThat(fields.get(0).get("label").asText()).isEqualTo("要求打卡签到");
        assertThat(fields.get(0).get("before").asText()).isEqualTo("否");
        assertThat(fields.get(0).get("after").asText()).isEqualTo("是");
        assertThat(fields.get(0).get("afterCode").asText()).isEqualTo("true");
        assertThat(fields.get(1).get("field").asText()).isEqualTo("requiresPhotoProof");
        assertThat(fields.get(1).get("before").asText()).isEqualTo("是");
        assertThat(codes(body.get("findingsAdded")))
                .contains("NEGATIVE_CHECK_IN")
                .doesNotContain("WORKLOAD");
        assertThat(codes(body.get("findingsRemoved")))
                .contains("NEGATIVE_PHOTO_PROOF")
                .doesNotContain("WORKLOAD", "NEGATIVE_CHECK_IN");

        // same read access as the detail: the department and the reviewers, not another department
        assertThat(send(c.applicantA(), get("/api/admission/applications/" + id + "/changes"))
                        .status())
                .isEqualTo(200);
        assertThat(send(c.applicantB(), get("/api/admission/applications/" + id + "/changes"))
                        .status())
                .isEqualTo(404);
        assertThat(send(c.villager(), get("/api/admission/applications/" + id + "/changes"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void textAndOrganisationChangesReadAsTheyWereTyped() throws Exception {
        long id = submitted(form("文字对比"));
        Map<String, Object> second = form("文字对比");
        second.put("content", "村(社区)配合登记𠀀😀");
        second.put("cooperatingOrgIds", List.of(c.deptB().id()));
        returnedAndResubmitted(id, second);

        JsonNode fields = send(c.reviewer(), get("/api/admission/applications/" + id + "/changes"))
                .body()
                .get("fields");
        assertThat(fields).hasSize(2);
        assertThat(fields.get(0).get("field").asText()).isEqualTo("content");
        assertThat(fields.get(0).get("before").asText()).isEqualTo("村(社区)配合开展入户宣传");
        assertThat(fields.get(0).get("after").asText()).isEqualTo("村(社区)配合登记𠀀😀");
        assertThat(fields.get(1).get("field").asText()).isEqualTo("cooperatingOrgIds");
        assertThat(fields.get(1).get("before").isNull()).isTrue();
        assertThat(fields.get(1).get("after").asText()).isEqualTo(c.deptB().name());
    }
}
