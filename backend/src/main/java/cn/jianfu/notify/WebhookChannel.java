package cn.jianfu.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The county's message gateway (SMS, 政务微信, 钉钉) behind one generic webhook: a JSON POST to
 * {@code jianfu.notify.webhook.url}, signed with HMAC-SHA256 of the body under
 * {@code jianfu.notify.webhook.secret} ({@code X-Jianfu-Signature: sha256=<hex>}), with the
 * delivery id in {@code X-Jianfu-Delivery} so the gateway can drop a repeat.
 */
@Component
class WebhookChannel implements Channel {

    static final String NAME = "WEBHOOK";

    private final String url;
    private final String secret;
    private final ObjectMapper json;
    private final NotificationMapper notifications;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookChannel(
            @Value("${jianfu.notify.webhook.url:}") String url,
            @Value("${jianfu.notify.webhook.secret:}") String secret,
            ObjectMapper json,
            NotificationMapper notifications) {
        this.notifications = notifications;
        this.url = url;
        this.secret = secret;
        this.json = json;
    }

    boolean configured() {
        return !url.isBlank();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(Delivery d) throws Exception {
        if (!configured()) {
            throw new IllegalStateException("未配置消息网关（jianfu.notify.webhook.url）");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deliveryId", d.id());
        payload.put("to", d.address());
        payload.put("kind", d.kind().name());
        payload.put("kindLabel", d.kind().label());
        payload.put("title", d.title());
        payload.put("link", d.link());
        payload.put("createdAt", d.createdAt().toString());
        if (d.kind() == NoticeKind.DIGEST) {
            payload.put(
                    "items",
                    notifications.digestLines(d.notificationId(), d.channel()).stream()
                            .map(n -> {
                                Map<String, Object> line = new LinkedHashMap<>();
                                line.put("kind", n.kind.name());
                                line.put("kindLabel", n.kind.label());
                                line.put("title", n.title);
                                line.put("link", n.link);
                                line.put("createdAt", n.createdAt.toString());
                                return line;
                            })
                            .toList());
        }
        byte[] body = json.writeValueAsBytes(payload);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Jianfu-Delivery", String.valueOf(d.id()))
                .header("X-Jianfu-Signature", "sha256=" + sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("消息网关答复 " + response.statusCode());
        }
    }

    String sign(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
