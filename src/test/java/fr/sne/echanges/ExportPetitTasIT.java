package fr.sne.echanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.stockage.DossierStockage;
import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.DemandeExemple;
import fr.sne.echanges.infrastructure.xml.SchemasXml;
import tools.jackson.databind.JsonNode;

/**
 * The heap stays flat whatever the export's size (issue 16 §2): an export of far more demandes than a small heap
 * could hold as objects is written by the application in a JVM of its own started with {@code -Xmx} {@value #TAS}
 * ({@link ProductionExportPetitTas}), on the test's database and storage; the archive holds every demande, in files
 * of at most 1,000, each valid against export-1.0.xsd.
 */
class ExportPetitTasIT extends ApiIT {

    static final String TAS = "96m";
    static final int COPIES = 150_000;
    static final String PREFIXE = "0621299";

    @Autowired
    private DataSource source;
    @Autowired
    private Stockage stockage;

    @AfterEach
    void effacer() {
        jdbc.sql("delete from remise_demande where numero_unique like '" + PREFIXE + "%'").update();
        jdbc.sql("delete from demande where numero_unique like '" + PREFIXE + "%'").update();
    }

    @Test
    void un_export_bien_plus_gros_que_le_tas_s_ecrit_dans_un_petit_tas() throws Exception {
        Reponse r = api.post("G6201", "/v1.0/demandes", DemandeExemple.pasDeCalais().json(),
                UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        String modele = r.json().get("numeroUnique").asString();
        // copies of the demande, each with its own number: every column but the id, the number replaced
        List<String> colonnes = jdbc.sql("""
                select column_name from information_schema.columns
                 where table_name = 'demande' and table_schema = current_schema()
                   and column_name not in ('id', 'numero_unique') and is_generated = 'NEVER'
                   and coalesce(identity_generation, '') = ''
                 order by ordinal_position""").query(String.class).list();
        String liste = String.join(", ", colonnes);
        jdbc.sql("insert into demande (numero_unique, " + liste + ") select '" + PREFIXE
                + "' || lpad(i::text, 6, '0') || 'G6201', " + liste
                + " from demande, generate_series(1, " + COPIES + ") as i where numero_unique = ?")
                .param(modele).update();
        long attendues = jdbc.sql("""
                select count(*) from demande where territoire = '062' and statut = 'ACTIVE' and purgee_le is null""")
                .query(Long.class).single();
        long json = jdbc.sql("""
                select sum(length(contenu::text)) from demande where territoire = '062' and statut = 'ACTIVE'""")
                .query(Long.class).single();
        long tas = Long.parseLong(TAS.replace("m", "")) * 1024 * 1024;
        // the demandes' content alone, as JSON text, is more than the heap of the JVM that writes them (and
        // several times that as objects: strings, parsed trees)
        assertThat(json).isGreaterThan(tas);

        r = api.post("G6201", "/v1.0/exports", Map.of("entites", List.of("CERFA", "EVT", "PRIO"), "etat",
                List.of("ACTIVE"), "localisation", Map.of("departements", List.of("62"))), null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(202);
        String numero = r.json().get("numero").asString();

        HikariDataSource hikari = (HikariDataSource) source;
        Path racine = ((DossierStockage) stockage).racine();
        Path journal = Files.createTempFile("sne-export-petit-tas-", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> commande = new ArrayList<>(List.of(java, "-Xmx" + TAS, "-XX:+UseSerialGC",
                "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + journal.getParent(),
                "-cp", System.getProperty("java.class.path"), ProductionExportPetitTas.class.getName(),
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + hikari.getJdbcUrl(),
                "--spring.datasource.username=" + hikari.getUsername(),
                "--spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--sne.postgres-embarque.actif=false",
                "--spring.flyway.enabled=false",
                "--server.port=0",
                "--sne.stockage.dossier=" + racine,
                "--sne.echanges.exports.executeur=false",
                "--spring.task.scheduling.enabled=false"));
        Process fils = new ProcessBuilder(commande).redirectErrorStream(true).redirectOutput(journal.toFile())
                .start();
        assertThat(fils.waitFor(8, TimeUnit.MINUTES)).as("export within 8 minutes, see " + journal).isTrue();
        String sortie = Files.readString(journal);
        assertThat(fils.exitValue()).as(sortie.length() > 6000 ? sortie.substring(sortie.length() - 6000) : sortie)
                .isZero();
        long pic = sortie.lines().filter(l -> l.startsWith("TAS_PIC ")).mapToLong(l -> Long.parseLong(l.substring(8)))
                .findFirst().orElseThrow();
        System.out.printf("ExportPetitTasIT: %d demandes, %d MB of content, heap -Xmx%s, peak heap used %d MB%n",
                attendues, json >> 20, TAS, pic >> 20);

        JsonNode pret = api.get("G6201", "/v1.0/exports/" + numero).json();
        System.out.printf("ExportPetitTasIT: the job took %s → %s%n", pret.get("commenceLe"), pret.get("termineLe"));
        assertThat(pret.get("statut").asString()).as(pret.toString()).isEqualTo("PRET");
        assertThat(pret.get("lignes").asLong()).isEqualTo(attendues);
        assertThat(pret.get("fichiers").asLong()).isEqualTo((attendues + 999) / 1000);

        // the archive, read as a stream: every demande once, files of at most 1,000, the first and last valid
        Validator validateur = SchemasXml.schema("export-1.0.xsd").newValidator();
        XMLInputFactory fabrique = XMLInputFactory.newFactory();
        long demandes = 0;
        long octetsXml = 0;
        int fichiers = 0;
        try (InputStream fichier = stockage.ouvrir("exports/" + numero + ".tar.gz").orElseThrow();
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(fichier))) {
            TarArchiveEntry entree;
            while ((entree = tar.getNextEntry()) != null) {
                fichiers++;
                octetsXml += entree.getSize();
                if (fichiers == 1 || fichiers == pret.get("fichiers").asInt()) {
                    byte[] xml = tar.readAllBytes();
                    validateur.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
                    demandes += compter(fabrique, new java.io.ByteArrayInputStream(xml));
                } else {
                    demandes += compter(fabrique, tar);
                }
            }
        }
        assertThat(fichiers).isEqualTo(pret.get("fichiers").asInt());
        assertThat(demandes).isEqualTo(attendues);
        // the XML written is several times the heap
        assertThat(octetsXml).isGreaterThan(3 * tas);
        System.out.printf("ExportPetitTasIT: %d MB of XML in %d files%n", octetsXml >> 20, fichiers);
    }

    /** The demandes of one file (at most 1,000). */
    private static long compter(XMLInputFactory fabrique, InputStream xml) throws Exception {
        XMLStreamReader lecteur = fabrique.createXMLStreamReader(xml);
        long n = 0;
        while (lecteur.hasNext()) {
            if (lecteur.next() == XMLStreamConstants.START_ELEMENT
                    && lecteur.getLocalName().equals("demandeExportee")) {
                n++;
            }
        }
        lecteur.close();
        assertThat(n).isBetween(1L, 1000L);
        return n;
    }
}
