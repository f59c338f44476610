package vn.campaign.example.boot4;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 application around the SDK: nothing to configure, campaign-spring-boot-starter
 * puts the plan format into Spring's JSON mapper and the validator into the context.
 *
 * @since 0.1
 */
@SpringBootApplication
public class PlanApplication {

    /**
     * Starts the application.
     *
     * @param args the command line, not null
     */
    public static void main(String[] args) {
        SpringApplication.run(PlanApplication.class, args);
    }
}
