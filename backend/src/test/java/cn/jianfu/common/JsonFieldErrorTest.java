package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which field a body Jackson could not read names, and what it says (the settings as JsonSettings makes them). */
class JsonFieldErrorTest {

    record Form(Long orgId, List<Long> unitIds, Map<String, Integer> scores) {}

    final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    @Test
    void aWholeNumberGivenAsAFractionIsNamedAsSuch() {
        assertThat(errorOf("{\"orgId\": 1.5}")).isEqualTo(Map.of("orgId", "应填写整数"));
        assertThat(errorOf("{\"unitIds\": [1.5]}")).isEqualTo(Map.of("unitIds", "应填写整数"));
    }

    @Test
    void anEntryOfAnObjectFieldIsNamedByItsPath() {
        assertThat(errorOf("{\"scores\": {\"TASKS\": \"abc\"}}")).isEqualTo(Map.of("scores.TASKS", "应填写整数"));
        assertThat(errorOf("{\"scores\": {\"TASKS\": 2.5}}")).isEqualTo(Map.of("scores.TASKS", "应填写整数"));
        assertThat(errorOf("{\"scores\": [4]}")).containsOnlyKeys("scores");
    }

    private Map<String, String> errorOf(String body) {
        try {
            json.readValue(body, Form.class);
        } catch (JsonProcessingException e) {
            return JsonFieldError.of(e);
        }
        throw new AssertionError("read without complaint: " + body);
    }
}
