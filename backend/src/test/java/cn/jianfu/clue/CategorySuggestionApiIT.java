package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.testing.JianfuTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** POST /api/public/clues/category-suggestion as the report form calls it: no login, nothing stored. */
@JianfuTest
class CategorySuggestionApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    private MvcResult suggest(String text, String from, int expected) throws Exception {
        return mvc.perform(post("/api/public/clues/category-suggestion")
                        .with(csrf())
                        .with(CluePortalApiIT.from(from))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("text", text))))
                .andExpect(status().is(expected))
                .andReturn();
    }

    private JsonNode body(MvcResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void suggestsWithoutLoginAndStoresNothing() throws Exception {
        String address = CluePortalApiIT.newAddress();
        long clues = jdbc.queryForObject("select count(*) from clue", Long.class);
        JsonNode found = body(suggest("每天要在工作群里打卡😀，还要发截图", address, 200));
        assertThat(found.get("category").asText()).isEqualTo("FINGERTIP_FORMALISM");
        assertThat(found.get("label").asText()).isEqualTo("指尖上的形式主义");

        JsonNode none = body(suggest("今天天气很好", address, 200));
        assertThat(none.get("category").isNull()).isTrue();
        assertThat(none.get("label").isNull()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from clue", Long.class)).isEqualTo(clues);
    }

    @Test
    void refusesOverlongTextWithAFieldMessage() throws Exception {
        JsonNode error = body(suggest("报".repeat(4001), CluePortalApiIT.newAddress(), 400));
        assertThat(error.toString()).contains(CategorySuggestions.TOO_LONG);
    }

    @Test
    void aClientAskingTooOftenIsSlowedDown() throws Exception {
        String address = CluePortalApiIT.newAddress();
        int answered = 0;
        int status = 200;
        // 200 per 10 minutes, refilled gradually: the few seconds of this loop give back a few more
        while (status == 200 && answered < 400) {
            status = mvc.perform(post("/api/public/clues/category-suggestion")
                            .with(csrf())
                            .with(CluePortalApiIT.from(address))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"text\":\"填表\"}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status == 200) {
                answered++;
            }
        }
        assertThat(status).isEqualTo(429);
        assertThat(answered).isBetween(200, 240);
        // another client is not affected
        suggest("填表", CluePortalApiIT.newAddress(), 200);
    }
}
