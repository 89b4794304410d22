package cn.jianfu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JianfuApplication {

    public static void main(String[] args) {
        SpringApplication.run(JianfuApplication.class, args);
    }
}
