package cn.jianfu.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.TimeZone;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The county's time zone ({@code jianfu.time-zone}, default Asia/Shanghai) is the application's:
 * it becomes the JVM default before anything starts, so timestamps, due dates and the database's
 * DATETIME columns all speak county time whatever zone the server runs in; and every time the API
 * sends carries its offset ({@code 2026-11-23T16:05:42.123+08:00}), so no client can read it
 * eight hours off. Registered in META-INF/spring.factories.
 */
public class CountyTimeZone implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final String PROPERTY = "jianfu.time-zone";
    public static final String DEFAULT = "Asia/Shanghai";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String zone = event.getEnvironment().getProperty(PROPERTY, DEFAULT);
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
    }

    /** Local date-times out with the county's offset; in as text, with or without one. */
    public static SimpleModule jacksonModule() {
        SimpleModule module = new SimpleModule("county-time");
        module.addSerializer(LocalDateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        value.atZone(ZoneId.systemDefault()).toOffsetDateTime()));
            }
        });
        module.addDeserializer(LocalDateTime.class, new JsonDeserializer<>() {
            @Override
            public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    // an object or array is refused whole, never read past as if it were no time
                    return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
                }
                String text = p.getText();
                if (text.isBlank()) {
                    return null;
                }
                try {
                    return OffsetDateTime.parse(text)
                            .atZoneSameInstant(ZoneId.systemDefault())
                            .toLocalDateTime();
                } catch (DateTimeParseException withoutOffset) {
                    try {
                        return LocalDateTime.parse(text);
                    } catch (DateTimeParseException e) {
                        return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text, "不是有效的时间");
                    }
                }
            }
        });
        return module;
    }
}
