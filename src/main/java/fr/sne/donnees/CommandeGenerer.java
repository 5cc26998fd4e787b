package fr.sne.donnees;

import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command {@code generer [--demandes N] [--graine S]}: starts the application with its web server listening on no port (so
 * Flyway migrates the database it is configured with: the local run's embedded one, or
 * {@code SPRING_DATASOURCE_*}), writes the national dataset, prints the time of each part and the total, then
 * exits (status 0, or 1 on failure).
 */
public final class CommandeGenerer {

    public static final String NOM = "generer";
    static final int DEMANDES_PAR_DEFAUT = 2_700_000;
    static final long GRAINE_PAR_DEFAUT = 42L;

    private CommandeGenerer() {
    }

    /** The options read from the command line. */
    record Options(int demandes, long graine, String[] autres) {

        static Options lire(String[] arguments) {
            int demandes = DEMANDES_PAR_DEFAUT;
            long graine = GRAINE_PAR_DEFAUT;
            List<String> autres = new java.util.ArrayList<>();
            for (int i = 0; i < arguments.length; i++) {
                String a = arguments[i];
                if (a.equals(NOM)) {
                    continue;
                }
                if (a.startsWith("--demandes")) {
                    demandes = Integer.parseInt(valeur(arguments, a, i).replace("_", ""));
                    i += a.contains("=") ? 0 : 1;
                } else if (a.startsWith("--graine")) {
                    graine = Long.parseLong(valeur(arguments, a, i));
                    i += a.contains("=") ? 0 : 1;
                } else {
                    autres.add(a);
                }
            }
            return new Options(demandes, graine, autres.toArray(String[]::new));
        }

        private static String valeur(String[] arguments, String a, int i) {
            if (a.contains("=")) {
                return a.substring(a.indexOf('=') + 1);
            }
            if (i + 1 >= arguments.length) {
                throw new IllegalArgumentException("Valeur manquante après " + a);
            }
            return arguments[i + 1];
        }
    }

    /** True when the command line asks for the dataset rather than the application. */
    public static boolean demandee(String[] arguments) {
        return arguments.length > 0 && NOM.equals(arguments[0]);
    }

    /** Runs the command with the application's main class; never returns. */
    public static void executer(Class<?> application, String[] arguments) {
        int statut = 0;
        try {
            Options options = Options.lire(arguments);
            try (ConfigurableApplicationContext contexte = new SpringApplicationBuilder(application)
                    // the application's context as it runs, its web server opening no port (server.port -1);
                    // no nightly pass during the generation
                    .properties("server.port=-1", "sne.traitement-quotidien.cron=-")
                    .run(options.autres())) {
                GenerateurJeuNational generateur = contexte.getBean(GenerateurJeuNational.class);
                System.out.printf("Jeu de données national : %,d demandes, graine %d, parties %s%n",
                        options.demandes(), options.graine(), generateur.parties());
                long debut = System.nanoTime();
                generateur.generer(options.demandes(), options.graine(), System.out::println);
                System.out.printf("Total : %.1f s%n", (System.nanoTime() - debut) / 1e9);
            }
        } catch (Exception e) {
            System.err.println("Génération interrompue : " + e.getMessage());
            e.printStackTrace();
            statut = 1;
        }
        System.exit(statut);
    }
}
