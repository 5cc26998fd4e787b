package fr.sne;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SneApplication {

    public static void main(String[] args) {
        SpringApplication.run(SneApplication.class, args);
    }
}
