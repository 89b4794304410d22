package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountyTimeZoneTest {

    TimeZone before;
    ObjectMapper json = new ObjectMapper().registerModule(CountyTimeZone.jacksonModule());

    @BeforeEach
    void countyTime() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void timesLeaveWithTheCountysOffset() throws Exception {
        assertThat(json.writeValueAsString(LocalDateTime.of(2026, 11, 23, 16, 5, 42, 123_000_000)))
                .isEqualTo("\"2026-11-23T16:05:42.123+08:00\"");
    }

    @Test
    void timesArriveWithAnyOffsetOrNone() throws Exception {
        assertThat(json.readValue("\"2026-11-23T08:05:42Z\"", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 16, 5, 42));
        assertThat(json.readValue("\"2026-11-23T16:05:42\"", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 16, 5, 42));
        assertThatThrownBy(() -> json.readValue("\"tomorrow\"", LocalDateTime.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    record Round(LocalDateTime opensAt, String name) {}

    @Test
    void aTimeIsTextNeverAnObjectAnArrayOrANumber() {
        for (String notText : new String[] {"{}", "{\"a\": 1}", "[\"2026-01-01T00:00:00\"]", "12345", "true"}) {
            assertThatThrownBy(() -> json.readValue("{\"opensAt\": " + notText + ", \"name\": \"x\"}", Round.class))
                    .as(notText)
                    .isInstanceOf(MismatchedInputException.class)
                    .satisfies(e -> assertThat(((MismatchedInputException) e).getPath())
                            .extracting(JsonMappingException.Reference::getFieldName)
                            .containsExactly("opensAt"));
        }
    }
}
