package fr.sne.portail.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Consent on the Cerfa → channels; a French mobile for a text message; addresses masked in the journal. */
class CanalNotificationTest {

    @Test
    void chaque_canal_suit_sa_case_cochee_et_une_adresse_qui_peut_recevoir() {
        assertThat(CanalNotification.canaux("claire@example.fr", "06 12 34 56 78", true, true))
                .containsExactlyInAnyOrder(CanalNotification.COURRIEL, CanalNotification.SMS);
        assertThat(CanalNotification.canaux("claire@example.fr", "06 12 34 56 78", true, false))
                .containsExactly(CanalNotification.COURRIEL);
        assertThat(CanalNotification.canaux("claire@example.fr", "06 12 34 56 78", false, true))
                .containsExactly(CanalNotification.SMS);
        assertThat(CanalNotification.canaux("claire@example.fr", "06 12 34 56 78", false, false)).isEmpty();
        // consent without an address that can receive it
        assertThat(CanalNotification.canaux(null, null, true, true)).isEmpty();
        assertThat(CanalNotification.canaux("pas-une-adresse", "03 20 00 00 00", true, true)).isEmpty();
    }

    @Test
    void un_sms_part_vers_un_mobile_francais_ecrit_de_toutes_les_facons_courantes() {
        assertThat(CanalNotification.mobile("06 12 34 56 78")).isEqualTo("+33612345678");
        assertThat(CanalNotification.mobile("07.12.34.56.78")).isEqualTo("+33712345678");
        assertThat(CanalNotification.mobile("+33 6 12 34 56 78")).isEqualTo("+33612345678");
        assertThat(CanalNotification.mobile("0033712345678")).isEqualTo("+33712345678");
        assertThat(CanalNotification.mobile("03 20 12 34 56")).isNull();
        assertThat(CanalNotification.mobile("06 12 34 56")).isNull();
        assertThat(CanalNotification.mobile("06123456789")).isNull();
        assertThat(CanalNotification.mobile(null)).isNull();
    }

    @Test
    void le_journal_garde_une_adresse_masquee() {
        assertThat(CanalNotification.masquer(CanalNotification.COURRIEL, "claire.martin@example.fr"))
                .isEqualTo("c•••@example.fr");
        assertThat(CanalNotification.masquer(CanalNotification.SMS, "06 12 34 56 78")).isEqualTo("06 •• •• •• 78");
    }

    @Test
    void un_sms_tient_en_un_message_et_garde_le_numero_et_l_adresse() {
        String numero = "0590325000001G5901";
        String long_ = "Demande d'informations ou de pièces, Inscription à l'ordre du jour d'une CAL, Visites proposées";
        String sms = MessageNotification.sms(numero, long_, "https://www.demande-logement-social.gouv.fr/portail");
        assertThat(sms).hasSizeLessThanOrEqualTo(MessageNotification.LONGUEUR_SMS).contains(numero)
                .endsWith("https://www.demande-logement-social.gouv.fr/portail").contains("…");
        assertThat(MessageNotification.sms(numero, "Visites proposées", "http://localhost/portail"))
                .contains("Visites proposées").doesNotContain("…");
        assertThat(MessageNotification.courriel(numero, "Visites proposées", LocalDate.of(2026, 12, 7),
                "http://localhost/portail/demandes/" + numero)).contains("7 décembre 2026", numero,
                        "http://localhost/portail/demandes/" + numero);
    }

    @Test
    void l_enregistrement_n_est_pas_notifie_une_seconde_fois_les_autres_mouvements_le_sont() {
        assertThat(PolitiqueNotification.notifie("CRE")).isFalse();
        assertThat(PolitiqueNotification.notifie("CRS")).isFalse();
        assertThat(PolitiqueNotification.notifie("EVT")).isTrue();
        assertThat(PolitiqueNotification.notifie("RAD")).isTrue();
        assertThat(PolitiqueNotification.notifie("REN")).isTrue();
    }
}
