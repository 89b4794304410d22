package cn.jianfu.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the demo county is loaded: as {@code jianfu.demo-data} says when it is set; when it is
 * not, only into the embedded H2 database a newcomer starts with — never into a MySQL/MariaDB
 * database someone pointed the application at.
 */
class DemoDataWanted implements Condition {

    static final String PROPERTY = "jianfu.demo-data";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return wanted(context.getEnvironment());
    }

    static boolean wanted(PropertyResolver env) {
        String explicit = env.getProperty(PROPERTY, "").strip();
        if (!explicit.isEmpty()) {
            return Boolean.parseBoolean(explicit);
        }
        return embeddedDemoDatabase(env);
    }

    static boolean embeddedDemoDatabase(PropertyResolver env) {
        return env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }
}
