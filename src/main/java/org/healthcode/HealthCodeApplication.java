package org.healthcode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HealthCodeApplication {

    public static void main(String[] args) {
        SpringApplication.run(HealthCodeApplication.class, args);
    }
}
