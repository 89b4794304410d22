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
    private final String from;
    private final String baseUrl;

    EmailChannel(
            ObjectProvider<JavaMailSender> mail,
            @Value("${jianfu.notify.mail-from:jianfu@localhost}") String from,
            @Value("${jianfu.notify.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
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
        message.setText(
                d.title() + "\n\n" + (d.link() == null ? baseUrl : baseUrl + d.link()) + "\n\n（简负 基层减负协同平台自动发送，请勿回复）");
        sender.send(message);
    }
}
