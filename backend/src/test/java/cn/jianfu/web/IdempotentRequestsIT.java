package cn.jianfu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * A state-changing call sent again with the same Idempotency-Key — a double click, a retry after a
 * lost answer, a second tab — gets the first answer and never makes a second record.
 */
@JianfuTest
class IdempotentRequestsIT {

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

    record Answer(int status, JsonNode body, String replayed) {}

    private Answer send(CurrentUser who, String url, Object body, String key) throws Exception {
        var request = post(url)
                .with(user(who))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (key != null) {
            request.header(IdempotentRequests.HEADER, key);
        }
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        String text = r.getContentAsString(StandardCharsets.UTF_8);
        return new Answer(
                r.getStatus(), text.isEmpty() ? null : json.readTree(text), r.getHeader("Idempotent-Replayed"));
    }

    private Map<String, Object> hotline(String description) {
        Map<String, Object> form = new HashMap<>();
        form.put("category", "FINGERTIP_FORMALISM");
        form.put("source", "HOTLINE");
        form.put("reportedOrgId", c.deptA().id());
        form.put("description", description);
        return form;
    }

    private long cluesDescribed(String description) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM clue WHERE description = ?", Long.class, description);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndNoSecondRecord() throws Exception {
        String text = "热线来电：某局要求村里每周报送三张表😀𠀀" + c.suffix();
        String key = key();
        Answer first = send(c.officer(), "/api/clues", hotline(text), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.replayed()).isNull();
        Answer again = send(c.officer(), "/api/clues", hotline(text), key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.replayed()).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(cluesDescribed(text)).isEqualTo(1);

        // without a key, or with a new one, the same form is a new call (the office may record twice)
        assertThat(send(c.officer(), "/api/clues", hotline(text), key()).status())
                .isEqualTo(201);
        assertThat(cluesDescribed(text)).isEqualTo(2);
    }

    @Test
    void aDoubleClickMakesOneRecord() throws Exception {
        String text = "热线来电：同一时刻点了两次提交" + c.suffix();
        String key = key();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Answer> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return send(c.officer(), "/api/clues", hotline(text), key);
                }));
            }
            start.countDown();
            for (Future<Answer> f : sent) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).extracting(Answer::status).allMatch(s -> s == 201 || s == 409);
        assertThat(answers)
                .filteredOn(a -> a.status() == 201 && a.replayed() == null)
                .hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> assertThat(
                        a.body().get("message").asText())
                .isEqualTo(IdempotentRequests.IN_PROGRESS));
        assertThat(cluesDescribed(text)).isEqualTo(1);
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefused() throws Exception {
        String key = key();
        String text = "热线来电：第一份表" + c.suffix();
        assertThat(send(c.officer(), "/api/clues", hotline(text), key).status()).isEqualTo(201);
        Answer other = send(c.officer(), "/api/clues", hotline("热线来电：另一份表" + c.suffix()), key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("message").asText()).isEqualTo(IdempotentRequests.OTHER_REQUEST);
        assertThat(cluesDescribed("热线来电：另一份表" + c.suffix())).isZero();
    }

    @Test
    void aRefusedRequestGivesItsKeyBackSoTheCorrectedFormGoesThrough() throws Exception {
        String key = key();
        Map<String, Object> tooShort = hotline("太短");
        Answer refused = send(c.officer(), "/api/clues", tooShort, key);
        assertThat(refused.status()).isEqualTo(400);
        Answer again = send(c.officer(), "/api/clues", tooShort, key);
        assertThat(again.status()).as("refused again, not replayed").isEqualTo(400);
        assertThat(again.replayed()).isNull();
        String text = "热线来电：改正后的描述足够具体了" + c.suffix();
        assertThat(send(c.officer(), "/api/clues", hotline(text), key).status()).isEqualTo(201);
        assertThat(cluesDescribed(text)).isEqualTo(1);
    }

    @Test
    void keysAreTheUsersOwn() throws Exception {
        String key = key();
        Answer mine = send(c.officer(), "/api/me/phrases", Map.of("text", "同意。" + c.suffix()), key);
        assertThat(mine.status()).isEqualTo(201);
        Answer theirs = send(c.reviewer(), "/api/me/phrases", Map.of("text", "同意。" + c.suffix()), key);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.replayed()).isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM user_phrase WHERE phrase_text = ?", Long.class, "同意。" + c.suffix()))
                .isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsRefusedAndChangesNothing() throws Exception {
        String text = "热线来电：请求标识不合格" + c.suffix();
        Answer bad = send(c.officer(), "/api/clues", hotline(text), "short");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("fieldErrors").get("idempotencyKey").asText()).isEqualTo(IdempotentRequests.BAD_KEY);
        assertThat(cluesDescribed(text)).isZero();
    }
}
