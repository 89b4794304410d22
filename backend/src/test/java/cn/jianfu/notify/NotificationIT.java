package cn.jianfu.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** In-app notifications: who hears of a new task and of a decision, once, and only their own. */
@JianfuTest
class NotificationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    NoticeBoard board;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    @Test
    void aNewTaskReachesThePeopleWhoseInboxItReachesOnce() throws Exception {
        long unreadBefore = unread(c.reviewer());
        long applicantBefore = unread(c.applicantA());
        long id = submittedApplication();

        JsonNode mine = read(c.reviewer(), get("/api/notifications").param("unreadOnly", "true"));
        JsonNode notice = mine.get("items").get(0);
        assertThat(notice.get("kind").asText()).isEqualTo("TASK_ASSIGNED");
        assertThat(notice.get("link").asText()).isEqualTo("/applications/" + id);
        assertThat(notice.get("title").asText()).contains("第" + id + "号");
        assertThat(unread(c.reviewer())).isEqualTo(unreadBefore + 1);
        assertThat(unread(c.applicantA())).isEqualTo(applicantBefore);

        Notice again = new Notice(
                NoticeKind.TASK_ASSIGNED,
                "task:" + notice.get("subjectKey").asText(),
                "TASK",
                notice.get("subjectKey").asText(),
                "再次",
                null,
                Map.of());
        assertThat(board.postToGroups(again, List.of("REVIEWER"))).isZero();
        assertThat(unread(c.reviewer())).isEqualTo(unreadBefore + 1);
    }

    @Test
    void peopleReadTheirOwnNotificationsOnly() throws Exception {
        submittedApplication();
        JsonNode first =
                read(c.reviewer(), get("/api/notifications")).get("items").get(0);
        long id = first.get("id").asLong();
        long before = unread(c.reviewer());

        send(c.applicantB(), post("/api/notifications/" + id + "/read"), null, 200);
        assertThat(unread(c.reviewer())).isEqualTo(before);
        send(c.reviewer(), post("/api/notifications/" + id + "/read"), null, 200);
        assertThat(unread(c.reviewer())).isEqualTo(before - 1);
        send(c.reviewer(), post("/api/notifications/read-all"), null, 200);
        assertThat(unread(c.reviewer())).isZero();
    }

    @Test
    void preferencesNeedAnAddressForTheChannelTheyTurnOn() throws Exception {
        JsonNode off = read(c.villager(), get("/api/notifications/preferences"));
        assertThat(off.get("emailEnabled").asBoolean()).isFalse();
        send(
                c.villager(),
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/notifications/preferences"),
                Map.of("emailEnabled", true, "email", ""),
                400);
        send(
                c.villager(),
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/notifications/preferences"),
                Map.of("emailEnabled", true, "email", "not an address"),
                400);
        send(
                c.villager(),
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/notifications/preferences"),
                Map.of("emailEnabled", true, "email", "cun@example.cn"),
                200);
        assertThat(read(c.villager(), get("/api/notifications/preferences"))
                        .get("email")
                        .asText())
                .isEqualTo("cun@example.cn");
        send(c.villager(), get("/api/notifications/deliveries"), null, 403);
    }

    private long submittedApplication() throws Exception {
        JsonNode app = json.readTree(send(
                c.applicantA(),
                post("/api/admission/applications"),
                TestCounty.form("提醒测试事项" + c.suffix(), c.deptA(), c.township()),
                201));
        long id = app.get("id").asLong();
        send(c.applicantA(), post("/api/admission/applications/" + id + "/submit"), null, 200);
        return id;
    }

    private long unread(CurrentUser u) throws Exception {
        return read(u, get("/api/notifications/unread-count")).get("unread").asLong();
    }

    private JsonNode read(CurrentUser u, MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(send(u, request, null, 200));
    }

    private String send(CurrentUser u, MockHttpServletRequestBuilder request, Object body, int expected)
            throws Exception {
        request.with(user(u)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
