package fr.sne.drm.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.drm.application.port.NaturesDrm;
import fr.sne.drm.domaine.NatureDrm;

/**
 * {@link NaturesDrm} on {@code drm_nature}, loaded at start from the file {@code sne.drm.natures} (by default the
 * synthetic list {@code classpath:referentiel/drm-natures.csv}): every nature of the file written or updated; a
 * nature no longer in the file removed unless a stored resource still names it. A malformed file stops the start.
 */
@Repository
class NaturesDrmJdbc implements NaturesDrm, SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(NaturesDrmJdbc.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Resource fichier;

    NaturesDrmJdbc(JdbcClient jdbc, TransactionTemplate transaction,
            @Value("${sne.drm.natures:classpath:referentiel/drm-natures.csv}") Resource fichier) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.fichier = fichier;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<NatureDrm> natures;
        try (BufferedReader lecteur = new BufferedReader(
                new InputStreamReader(fichier.getInputStream(), StandardCharsets.UTF_8))) {
            natures = NatureDrm.lireListe(lecteur);
        } catch (IOException e) {
            throw new UncheckedIOException("natures DRM illisibles : " + fichier.getDescription(), e);
        }
        transaction.executeWithoutResult(s -> charger(natures));
        LOG.info("Natures DRM : {} chargées de {}{}", natures.size(), fichier.getDescription(),
                natures.stream().anyMatch(NatureDrm::synthetique) ? " (liste synthétique)" : "");
    }

    private void charger(List<NatureDrm> natures) {
        jdbc.sql("""
                insert into drm_nature (code, libelle, synthetique)
                select * from unnest(cast(:codes as text[]), cast(:libelles as text[]), cast(:synthetiques as boolean[]))
                on conflict (code) do update set libelle = excluded.libelle, synthetique = excluded.synthetique
                 where (drm_nature.libelle, drm_nature.synthetique) is distinct from (excluded.libelle, excluded.synthetique)""")
                .param("codes", natures.stream().map(NatureDrm::code).toArray(String[]::new))
                .param("libelles", natures.stream().map(NatureDrm::libelle).toArray(String[]::new))
                .param("synthetiques", natures.stream().map(NatureDrm::synthetique).toArray(Boolean[]::new))
                .update();
        List<String> retirees = jdbc.sql("select code from drm_nature where code <> all(cast(:codes as text[]))")
                .param("codes", natures.stream().map(NatureDrm::code).toArray(String[]::new))
                .query(String.class).list();
        if (!retirees.isEmpty()) {
            // a nature a stored month still names keeps its label until those months are replaced
            jdbc.sql("""
                    delete from drm_nature n
                     where n.code = any(cast(:codes as text[]))
                       and not exists (select 1 from drm_ressource r where r.nature = n.code)""")
                    .param("codes", retirees.toArray(String[]::new))
                    .update();
        }
    }

    @Override
    public List<NatureDrm> toutes() {
        return jdbc.sql("select code, libelle, synthetique from drm_nature order by code")
                .query((rs, i) -> new NatureDrm(rs.getString("code"), rs.getString("libelle"),
                        rs.getBoolean("synthetique")))
                .list();
    }
}
