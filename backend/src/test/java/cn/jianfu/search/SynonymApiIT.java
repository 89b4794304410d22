package cn.jianfu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The office's synonym list over HTTP: who may edit it, what it accepts, what it records. */
@JianfuTest
class SynonymApiIT {

    static final String URL = "/api/search/synonyms";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    AuditTrail audit;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    private JsonNode call(CurrentUser u, MockHttpServletRequestBuilder request, int expected) throws Exception {
        if (u != null) {
            request.with(user(u));
        }
        String body = mvc.perform(request.with(csrf()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : json.readTree(body);
    }

    private MockHttpServletRequestBuilder terms(MockHttpServletRequestBuilder r, String... terms) throws Exception {
        List<String> list = new ArrayList<>(List.of(terms));
        return r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("terms", list)));
    }

    @Test
    void onlyTheOfficeAndAdministratorsSeeAndEditTheList() throws Exception {
        for (CurrentUser other : List.of(c.applicantA(), c.reviewer(), c.approver(), c.villager())) {
            call(other, get(URL), 403);
            call(other, terms(post(URL), "甲方", "乙方"), 403);
            call(other, terms(put(URL + "/1"), "甲方", "乙方"), 403);
            call(other, delete(URL + "/1"), 403);
        }
        call(null, get(URL), 401);
        JsonNode groups = call(c.officer(), get(URL), 200);
        assertThat(groups.toString()).contains("打卡", "签到", "小程序");
        call(c.admin(), get(URL), 200);
    }

    @Test
    void groupsAreAddedChangedAndDeletedWithAnAuditEntryEach() throws Exception {
        JsonNode created = call(c.admin(), terms(post(URL), " 貔貅 ", "神兽"), 201);
        long id = created.get("id").asLong();
        assertThat(created.get("terms").toString()).isEqualTo("[\"貔貅\",\"神兽\"]");

        JsonNode changed = call(c.officer(), terms(put(URL + "/" + id), "貔貅", "神兽", "瑞兽"), 200);
        assertThat(changed.get("terms")).hasSize(3);
        assertThat(call(c.officer(), get(URL), 200).toString()).contains("瑞兽");

        call(c.officer(), delete(URL + "/" + id), 204);
        call(c.officer(), delete(URL + "/" + id), 404);
        call(c.officer(), terms(put(URL + "/" + id), "貔貅", "神兽"), 404);
        assertThat(call(c.officer(), get(URL), 200).toString()).doesNotContain("瑞兽");

        List<AuditEntry> trail = audit.history(SynonymService.SUBJECT, id);
        assertThat(trail)
                .extracting(AuditEntry::action)
                .containsExactly(
                        AuditAction.SYNONYMS_ADDED, AuditAction.SYNONYMS_CHANGED, AuditAction.SYNONYMS_DELETED);
        assertThat(trail.get(0).actorUsername()).isEqualTo(c.admin().getUsername());
        assertThat(trail.get(1).comment()).isEqualTo("貔貅、神兽 → 貔貅、神兽、瑞兽");
        assertThat(trail.get(2).actorName()).isEqualTo(c.officer().displayName());
    }

    @Test
    void invalidGroupsAreRefusedWithAMessagePerField() throws Exception {
        assertThat(errors(terms(post(URL), "孤词")).get("terms").asText()).isEqualTo("一组同义词至少要有2个词");
        assertThat(errors(terms(post(URL))).get("terms").asText()).isEqualTo("一组同义词至少要有2个词");
        JsonNode e = errors(terms(post(URL), "甲乙", " ", "丙".repeat(21), "丁|戊", "。！", "甲乙", "签到"));
        assertThat(e.get("terms[1]").asText()).isEqualTo("第2个词不能为空，请填写或删除该项");
        assertThat(e.get("terms[2]").asText()).isEqualTo("第3个词不能超过20个字");
        assertThat(e.get("terms[3]").asText()).startsWith("第4个词不能包含分隔符号");
        assertThat(e.get("terms[4]").asText()).isEqualTo("第5个词只有标点或虚词，无法用于检索");
        assertThat(e.get("terms[5]").asText()).isEqualTo("第6个词与第1个词重复");
        assertThat(e.get("terms[6]").asText()).contains("「签到」已在第", "号同义词组中");
        assertThat(e.has("terms[0]")).isFalse();
        assertThat(errors(terms(post(URL), "a".repeat(21), "b")).get("terms[0]").asText())
                .isEqualTo("第1个词不能超过20个字");
        String tooMany = "[" + "\"词%d\",".repeat(20).formatted((Object[]) range(20)) + "\"词末\"]";
        assertThat(call(
                                c.officer(),
                                post(URL)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"terms\":" + tooMany + "}"),
                                400)
                        .get("fieldErrors")
                        .get("terms")
                        .asText())
                .isEqualTo("一组同义词最多20个词");
        call(c.officer(), post(URL).contentType(MediaType.APPLICATION_JSON).content("{\"terms\":"), 400);
    }

    @Test
    void fourByteCharactersAreKeptWhole() throws Exception {
        JsonNode created = call(c.officer(), terms(post(URL), "𠀀𠀁", "😀"), 201);
        long id = created.get("id").asLong();
        assertThat(created.get("terms").get(0).asText()).isEqualTo("𠀀𠀁");
        assertThat(call(c.officer(), get(URL), 200).toString()).contains("\"𠀀𠀁\"", "\"😀\"");
        // twenty 4-byte characters are twenty characters, not forty
        JsonNode changed = call(c.officer(), terms(put(URL + "/" + id), "𠀀".repeat(20), "😀"), 200);
        assertThat(changed.get("terms").get(0).asText()).isEqualTo("𠀀".repeat(20));
        call(c.officer(), delete(URL + "/" + id), 204);
    }

    private JsonNode errors(MockHttpServletRequestBuilder request) throws Exception {
        JsonNode body = call(c.officer(), request, 400);
        assertThat(body.get("message").asText()).isEqualTo("提交的内容有误，请按提示修改");
        return body.get("fieldErrors");
    }

    private static Integer[] range(int n) {
        Integer[] r = new Integer[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
