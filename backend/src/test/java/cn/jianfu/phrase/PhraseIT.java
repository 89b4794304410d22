package cn.jianfu.phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 常用意见: one's own only, any characters, unique per user, at most 30, in the user's order. */
@JianfuTest
class PhraseIT {

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

    private Answer add(CurrentUser who, String text) throws Exception {
        return send(
                who,
                post("/api/me/phrases")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("text", text))));
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(p -> out.add(p.get("text").asText()));
        return out;
    }

    @Test
    void aUserKeepsTheirOwnPhrasesInTheirOrder() throws Exception {
        assertThat(send(c.reviewer(), get("/api/me/phrases")).body()).isEmpty();
        assertThat(add(c.reviewer(), "  同意。 ").status()).isEqualTo(201);
        assertThat(add(c.reviewer(), "𠀀").status()).isEqualTo(201);
        Answer third = add(c.reviewer(), "😀 请补充依据");
        assertThat(texts(third.body())).containsExactly("同意。", "𠀀", "😀 请补充依据");

        // another rare character is another phrase; the same text again is refused
        assertThat(add(c.reviewer(), "😀").status()).isEqualTo(201);
        Answer same = add(c.reviewer(), "同意。");
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.body().get("message").asText()).contains("相同");

        JsonNode mine = send(c.reviewer(), get("/api/me/phrases")).body();
        List<Long> ids = new ArrayList<>();
        mine.forEach(p -> ids.add(p.get("id").asLong()));
        List<Long> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        Answer ordered = send(
                c.reviewer(),
                put("/api/me/phrases/order")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("ids", reversed))));
        assertThat(ordered.status()).isEqualTo(200);
        assertThat(texts(ordered.body())).containsExactly("😀", "😀 请补充依据", "𠀀", "同意。");
        assertThat(send(
                                c.reviewer(),
                                put("/api/me/phrases/order")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(json.writeValueAsString(Map.of("ids", ids.subList(0, 2)))))
                        .status())
                .isEqualTo(400);

        Answer changed = send(
                c.reviewer(),
                put("/api/me/phrases/" + ids.get(0))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("text", "同意，转审批。"))));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(texts(changed.body())).contains("同意，转审批。").doesNotContain("同意。");

        // someone else's ids are not found, and their list is their own
        assertThat(send(c.approver(), get("/api/me/phrases")).body()).isEmpty();
        assertThat(send(c.approver(), delete("/api/me/phrases/" + ids.get(1))).status())
                .isEqualTo(404);
        assertThat(send(
                                c.approver(),
                                put("/api/me/phrases/" + ids.get(1))
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(json.writeValueAsString(Map.of("text", "改"))))
                        .status())
                .isEqualTo(404);
        assertThat(send(c.reviewer(), get("/api/me/phrases")).body()).hasSize(4);

        Answer removed = send(c.reviewer(), delete("/api/me/phrases/" + ids.get(1)));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body()).hasSize(3);
        assertThat(send(c.reviewer(), delete("/api/me/phrases/" + ids.get(1))).status())
                .isEqualTo(404);
    }

    @Test
    void badTextIsRefusedAndThirtyIsTheMost() throws Exception {
        Answer blank = add(c.officer(), "   ");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().at("/fieldErrors/text").asText()).isNotBlank();
        assertThat(add(c.officer(), "𠀀".repeat(200)).status()).isEqualTo(201);
        assertThat(add(c.officer(), "😀".repeat(201)).status()).isEqualTo(400);
        for (int i = 2; i <= 30; i++) {
            assertThat(add(c.officer(), "意见" + i).status()).isEqualTo(201);
        }
        Answer full = add(c.officer(), "第三十一条");
        assertThat(full.status()).isEqualTo(409);
        assertThat(send(c.officer(), get("/api/me/phrases")).body()).hasSize(30);
        assertThat(send(c.officer(), get("/api/me/phrases"))
                        .body()
                        .get(0)
                        .get("text")
                        .asText())
                .isEqualTo("𠀀".repeat(200));
    }
}
