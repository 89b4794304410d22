package cn.jianfu.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail reaches an SMTP server (GreenMail, in-process) and the gateway message a local webhook
 * receiver, signed; a failing gateway is retried with backoff and finally given up, visibly.
 */
@JianfuTest
class NotificationChannelsIT {

    static final String SECRET = "gateway-secret";

    static final GreenMail SMTP = smtp();

    static final HttpServer GATEWAY = gateway();
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final AtomicInteger FAIL_NEXT = new AtomicInteger();

    record Received(String body, String signature, String delivery) {}

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add(
                "jianfu.notify.webhook.url",
                () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/send");
        registry.add("jianfu.notify.webhook.secret", () -> SECRET);
    }

    @Autowired
    NoticeBoard board;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    NotificationMapper mapper;

    @Autowired
    WebhookChannel webhook;

    @Autowired
    DailyDigest digest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestCounty counties;

    County c;

    @BeforeEach
    void county() throws Exception {
        c = counties.create();
        RECEIVED.clear();
        FAIL_NEXT.set(0);
        SMTP.purgeEmailFromAllMailboxes();
        dispatcher.dispatch();
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @AfterAll
    static void stop() {
        GATEWAY.stop(0);
        SMTP.stop();
    }

    private static GreenMail smtp() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @Test
    void anEmailGoesOutOnceToThoseWhoAskedForIt() throws Exception {
        wants(c.villager().id(), "cun" + c.suffix() + "@example.cn", null);
        Notice notice = notice("mail-" + c.suffix(), "村里的新待办𠀾");
        assertThat(board.postToOrg(notice, c.village1().id())).isEqualTo(1);
        assertThat(board.postToOrg(notice, c.village1().id())).isZero();

        assertThat(dispatcher.dispatch()).isEqualTo(1);
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("cun" + c.suffix() + "@example.cn");
        assertThat(mails[0].getSubject()).contains("村里的新待办𠀾");
        assertThat(dispatcher.dispatch()).isZero();
    }

    @Test
    void theGatewayGetsASignedMessageAndAFailureIsRetriedLaterThenGivenUp() throws Exception {
        wants(c.officer().id(), null, "13800000000");
        FAIL_NEXT.set(1);
        board.post(notice("hook-" + c.suffix(), "超期督办"), List.of(c.officer().id()));

        assertThat(dispatcher.dispatch()).isZero();
        Map<String, Object> pending = delivery();
        assertThat(pending.get("status")).isEqualTo("PENDING");
        assertThat(pending.get("last_error")).isEqualTo("消息网关答复 500");

        assertThat(dispatcher.dispatch()).as("not before its backoff").isZero();
        EngineClock.set(LocalDateTime.now().plusMinutes(2));
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(delivery().get("status")).isEqualTo("SENT");
        Received got = RECEIVED.get(RECEIVED.size() - 1);
        assertThat(got.body()).contains("\"to\":\"13800000000\"").contains("超期督办");
        assertThat(got.signature())
                .isEqualTo("sha256=" + webhook.sign(got.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(got.delivery()).isEqualTo(String.valueOf(delivery().get("id")));

        FAIL_NEXT.set(100);
        board.post(notice("hook2-" + c.suffix(), "又一条"), List.of(c.officer().id()));
        jdbc.update(
                "UPDATE notification_delivery d JOIN notification n ON n.id = d.notification_id"
                        + " SET d.attempts = ? WHERE n.event_key = ?",
                NotificationDispatcher.BACKOFF.size(),
                "hook2-" + c.suffix());
        dispatcher.dispatch();
        assertThat(jdbc.queryForObject(
                        "SELECT d.status FROM notification_delivery d JOIN notification n ON n.id = d.notification_id"
                                + " WHERE n.event_key = ?",
                        String.class,
                        "hook2-" + c.suffix()))
                .isEqualTo("FAILED");
        assertThat(mapper.deliveries("FAILED", 0, 100)).anyMatch(d -> d.title().equals("又一条"));
    }

    @Test
    void withTheDailyDigestTheDaysNoticesGoOutOnceAsOneMessageLeavingOutWhatWasReadInTheApp() throws Exception {
        long me = c.villager().id();
        String email = "digest" + c.suffix() + "@example.cn";
        mapper.insertPreference(new Preference(me, email, true, "13900000000", true, true));
        board.post(notice("dg1-" + c.suffix(), "第一件待办😀"), List.of(me));
        board.post(notice("dg2-" + c.suffix(), "第二件待办𠀾"), List.of(me));
        board.post(notice("dg3-" + c.suffix(), "已在应用内看过"), List.of(me));
        long read =
                jdbc.queryForObject("SELECT id FROM notification WHERE event_key = ?", Long.class, "dg3-" + c.suffix());
        mapper.markRead(me, read, LocalDateTime.now());

        assertThat(dispatcher.dispatch()).as("held for the morning").isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        assertThat(digest.bundle()).as("one digest per channel").isEqualTo(2);
        assertThat(digest.bundle()).as("nothing is bundled twice").isZero();
        assertThat(dispatcher.dispatch()).isEqualTo(2);

        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mails[0].getSubject()).contains("每日摘要");
        assertThat((String) mails[0].getContent())
                .contains("第一件待办😀", "第二件待办𠀾")
                .doesNotContain("已在应用内看过");
        Received hook = RECEIVED.get(RECEIVED.size() - 1);
        JsonNode payload = new ObjectMapper().readTree(hook.body());
        assertThat(payload.get("kind").asText()).isEqualTo("DIGEST");
        assertThat(payload.get("items").findValuesAsText("title")).containsExactly("第一件待办😀", "第二件待办𠀾");
        assertThat(statuses("dg1-" + c.suffix())).containsOnly("DIGESTED").hasSize(2);
        assertThat(statuses("dg3-" + c.suffix())).containsOnly("SKIPPED").hasSize(2);
        assertThat(mapper.list(me, false, 0, 100))
                .as("the digest is not a message of its own in the app")
                .extracting(n -> n.kind)
                .containsOnly(NoticeKind.TASK_ASSIGNED)
                .hasSize(3);
        assertThat(dispatcher.dispatch()).isZero();
    }

    private List<String> statuses(String eventKey) {
        return jdbc.queryForList(
                "SELECT d.status FROM notification_delivery d JOIN notification n ON n.id = d.notification_id"
                        + " WHERE n.event_key = ?",
                String.class,
                eventKey);
    }

    private void wants(long userId, String email, String webhookTo) {
        mapper.insertPreference(new Preference(userId, email, email != null, webhookTo, webhookTo != null, false));
    }

    private Notice notice(String key, String title) {
        return new Notice(NoticeKind.TASK_ASSIGNED, key, "TASK", key, title, "/inbox", Map.of());
    }

    private Map<String, Object> delivery() {
        return jdbc.queryForMap(
                "SELECT d.* FROM notification_delivery d JOIN notification n ON n.id = d.notification_id"
                        + " WHERE n.event_key = ?",
                "hook-" + c.suffix());
    }

    private static HttpServer gateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/send", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int code = FAIL_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
                if (code == 200) {
                    RECEIVED.add(new Received(
                            body,
                            exchange.getRequestHeaders().getFirst("X-Jianfu-Signature"),
                            exchange.getRequestHeaders().getFirst("X-Jianfu-Delivery")));
                }
                exchange.sendResponseHeaders(code, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
