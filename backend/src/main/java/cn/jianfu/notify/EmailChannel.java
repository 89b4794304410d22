package cn.jianfu.notify;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail through Spring Mail ({@code spring.mail.host} etc.); without a server configured, every send fails visibly. */
@Component
class EmailChannel implements Channel {

    static final String NAME = "EMAIL";

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationMapper notifications;
    private final String from;
    private final String baseUrl;

    EmailChannel(
            ObjectProvider<JavaMailSender> mail,
            NotificationMapper notifications,
            @Value("${jianfu.notify.mail-from:jianfu@localhost}") String from,
            @Value("${jianfu.notify.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.notifications = notifications;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(Delivery d) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("未配置邮件服务器（spring.mail.host）");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(d.address());
        message.setSubject("【简负】" + d.kind().label() + "：" + d.title());
        message.setText(body(d) + "\n\n（简负 基层减负协同平台自动发送，请勿回复）");
        sender.send(message);
    }

    /** One notice: its title and page; a digest: one line per notice it bundles, then the list's page. */
    private String body(Delivery d) {
        if (d.kind() != NoticeKind.DIGEST) {
            return d.title() + "\n\n" + url(d.link());
        }
        StringBuilder text = new StringBuilder(d.title()).append("\n");
        for (NotificationRow n : notifications.digestLines(d.notificationId(), d.channel())) {
            text.append("\n· ")
                    .append(n.kind.label())
                    .append("：")
                    .append(n.title)
                    .append("\n  ")
                    .append(url(n.link));
        }
        return text.append("\n\n全部消息：").append(url(d.link())).toString();
    }

    private String url(String link) {
        return link == null ? baseUrl : baseUrl + link;
    }
}
