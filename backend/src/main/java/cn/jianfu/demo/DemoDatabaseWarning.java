package cn.jianfu.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says plainly in the log when the application runs on the embedded demo database. */
@Component
class DemoDatabaseWarning {

    private static final Logger log = LoggerFactory.getLogger(DemoDatabaseWarning.class);

    private final Environment env;

    DemoDatabaseWarning(Environment env) {
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfDemoDatabase() {
        String message = message(env);
        if (message != null) {
            log.warn(message);
        }
    }

    static String message(Environment env) {
        if (!DemoDataWanted.embeddedDemoDatabase(env)) {
            return null;
        }
        return """
                Running on the embedded H2 DEMO database (%s), not on MySQL/MariaDB. \
                This is for trying Jianfu out only: do not enter real data. For production set \
                SPRING_DATASOURCE_URL or start with --spring.profiles.active=mysql (see README). \
                / 当前使用内置演示数据库，仅供体验，请勿录入真实数据；正式使用请配置 MySQL/MariaDB。"""
                .formatted(env.getProperty("spring.datasource.url"));
    }
}
