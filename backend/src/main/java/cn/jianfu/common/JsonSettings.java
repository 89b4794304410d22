package cn.jianfu.common;

import com.fasterxml.jackson.databind.Module;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jackson modules every JSON answer uses (Spring Boot adds Module beans to its ObjectMapper). */
@Configuration
class JsonSettings {

    @Bean
    Module countyTime() {
        return CountyTimeZone.jacksonModule();
    }
}
