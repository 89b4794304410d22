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

    /** Choices travel by their keys ({@code "PASS"}); a number is not quietly read as the n-th choice. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer choicesByKey() {
        return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
