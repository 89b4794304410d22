package cn.jianfu.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jackson modules and settings every JSON request and answer uses (Spring Boot adds them to its ObjectMapper). */
@Configuration
class JsonSettings {

    @Bean
    Module countyTime() {
        return CountyTimeZone.jacksonModule();
    }

    /** Text fields take well-formed JSON strings only (see {@link StrictText}). */
    @Bean
    Module strictText() {
        return new SimpleModule("strict-text").addDeserializer(String.class, new StrictText());
    }

    /**
     * Choices travel by their keys ({@code "PASS"}); a number is not quietly read as the n-th choice.
     * A whole number (an id, a score) is not quietly cut from a fraction either: {@code 1.5} for an
     * organisation would otherwise choose organisation 1.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer choicesAndWholeNumbersAsSent() {
        return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
