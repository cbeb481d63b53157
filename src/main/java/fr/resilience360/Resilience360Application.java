package fr.resilience360;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Resilience360Application {
    public static void main(String[] args) {
        SpringApplication.run(Resilience360Application.class, args);
    }
}
