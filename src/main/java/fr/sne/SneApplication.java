package fr.sne;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SneApplication {

    public static void main(String[] args) {
        if (fr.sne.donnees.CommandeGenerer.demandee(args)) {
            fr.sne.donnees.CommandeGenerer.executer(SneApplication.class, args);
            return;
        }
        SpringApplication.run(SneApplication.class, args);
    }
}
