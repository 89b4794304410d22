package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A retried portal submission (double click, lost answer, two tabs) with the same Idempotency-Key gets
 * the first answer - the same clue number and query code - and never makes a second clue.
 */
@JianfuTest
class PortalIdempotencyIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    JdbcTemplate jdbc;

    County c;
    String address;

    @BeforeEach
    void county() {
        c = counties.create();
        int n = ADDRESSES.incrementAndGet();
        address = "10.78." + (n / 250) + "." + (n % 250 + 1);
    }

    private MockHttpServletResponse submit(String description, String key) throws Exception {
        var request = post("/api/public/clues")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(ClueTesting.form(c, description)))
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private int clues(String description) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM clue WHERE description = ?", Integer.class, description);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameReceiptAndNoSecondClue() throws Exception {
        String description = "要求村里每周报送三张打卡照片，反复核对😀" + c.suffix();
        String key = UUID.randomUUID().toString();
        MockHttpServletResponse first = submit(description, key);
        assertThat(first.getStatus()).isEqualTo(201);
        MockHttpServletResponse again = submit(description, key);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(body(again).get("clueNo").asText())
                .isEqualTo(body(first).get("clueNo").asText());
        assertThat(body(again).get("queryCode").asText())
                .isEqualTo(body(first).get("queryCode").asText());
        assertThat(clues(description)).isEqualTo(1);
        // the key is kept only as a keyed hash
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM portal_submission_key WHERE key_hash = ?", Integer.class, key))
                .isZero();

        // a new form (a new key) is a new clue; so is a submission without a key
        assertThat(submit(description, UUID.randomUUID().toString()).getStatus())
                .isEqualTo(201);
        assertThat(submit(description, null).getStatus()).isEqualTo(201);
        assertThat(clues(description)).isEqualTo(3);
    }

    @Test
    void retriesAtTheSameMomentMakeOneClue() throws Exception {
        String description = "同一份反映在弱网下连点了四次提交按钮" + c.suffix();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> numbers = new ArrayList<>();
        try {
            List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> submit(description, key));
            }
            for (Future<MockHttpServletResponse> f : pool.invokeAll(calls)) {
                MockHttpServletResponse r = f.get();
                assertThat(r.getStatus()).isEqualTo(201);
                numbers.add(body(r).get("clueNo").asText());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(numbers).hasSize(4).containsOnly(numbers.get(0));
        assertThat(clues(description)).isEqualTo(1);
    }

    @Test
    void aKeyThatIsNotOneIsRefusedAndNothingIsStored() throws Exception {
        String description = "请求标识不合格时不保存任何内容" + c.suffix();
        MockHttpServletResponse r = submit(description, "short");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(body(r).get("fieldErrors").get("idempotencyKey").asText()).contains("16至64");
        assertThat(clues(description)).isZero();
    }
}
