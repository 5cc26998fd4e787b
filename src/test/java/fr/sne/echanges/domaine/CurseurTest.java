package fr.sne.echanges.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.sne.demande.FluxMouvements.Position;

class CurseurTest {

    private static final byte[] CLE = "une-cle-de-test-de-trente-deux-caracteres".getBytes(StandardCharsets.UTF_8);
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration TRENTE_JOURS = Duration.ofDays(30);

    private final String communes = Curseur.empreinte(List.of("59350", "59512"));
    private final Curseur curseur = new Curseur(new Position(123_456_789_012L, 42), "G5902", communes, T0);

    @Test
    void un_curseur_scelle_se_rouvre_tel_quel() {
        Curseur.Ouverture o = Curseur.ouvrir(curseur.sceller(CLE), CLE, "G5902", communes, T0.plusSeconds(60),
                TRENTE_JOURS);
        assertThat(o.etat()).isEqualTo(Curseur.Etat.VALIDE);
        assertThat(o.curseur()).isEqualTo(curseur);
    }

    @Test
    void l_empreinte_des_communes_ne_depend_ni_de_l_ordre_ni_des_repetitions() {
        assertThat(Curseur.empreinte(List.of("59512", "59350", "59512"))).isEqualTo(communes);
        assertThat(Curseur.empreinte(List.of("59350"))).isNotEqualTo(communes);
        assertThat(Curseur.empreinte(List.of())).isEmpty();
    }

    @Test
    void un_curseur_altere_d_une_autre_cle_d_un_autre_lecteur_ou_d_autres_communes_est_invalide() {
        String texte = curseur.sceller(CLE);
        // the position changed in the clear part, seal kept
        Curseur avance = new Curseur(new Position(123_456_789_012L, 999_999), "G5902", communes, T0);
        String falsifie = avance.sceller(CLE).substring(0, avance.sceller(CLE).indexOf('.'))
                + texte.substring(texte.indexOf('.'));
        byte[] autreCle = "une-autre-cle-de-trente-deux-caracteres!".getBytes(StandardCharsets.UTF_8);
        for (Curseur.Ouverture o : List.of(
                Curseur.ouvrir(falsifie, CLE, "G5902", communes, T0, TRENTE_JOURS),
                Curseur.ouvrir(texte, autreCle, "G5902", communes, T0, TRENTE_JOURS),
                Curseur.ouvrir(texte, CLE, "G5901", communes, T0, TRENTE_JOURS),
                Curseur.ouvrir(texte, CLE, "G5902", "", T0, TRENTE_JOURS),
                Curseur.ouvrir("sans-point", CLE, "G5902", communes, T0, TRENTE_JOURS),
                Curseur.ouvrir("%%%.%%%", CLE, "G5902", communes, T0, TRENTE_JOURS))) {
            assertThat(o.etat()).isEqualTo(Curseur.Etat.INVALIDE);
            assertThat(o.curseur()).isNull();
        }
    }

    @Test
    void un_curseur_plus_vieux_que_sa_duree_a_expire() {
        String texte = curseur.sceller(CLE);
        assertThat(Curseur.ouvrir(texte, CLE, "G5902", communes, T0.plus(TRENTE_JOURS), TRENTE_JOURS).etat())
                .isEqualTo(Curseur.Etat.VALIDE);
        assertThat(Curseur.ouvrir(texte, CLE, "G5902", communes, T0.plus(TRENTE_JOURS).plusSeconds(1),
                TRENTE_JOURS).etat()).isEqualTo(Curseur.Etat.EXPIRE);
    }
}
