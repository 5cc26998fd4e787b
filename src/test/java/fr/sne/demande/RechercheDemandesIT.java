package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.application.ConsulterDossierDemande;
import fr.sne.demande.application.ConsulterJournalAcces;
import fr.sne.demande.application.RechercherDemandes;
import fr.sne.demande.application.RechercherDemandes.Criteres;
import fr.sne.demande.domaine.DemandeTrouvee;
import fr.sne.demande.domaine.EcranConsultation;
import fr.sne.demande.infrastructure.PurgeJournalAcces;

/**
 * The search of the professional application: its scope (R441-2-6 CCH), the folding of names, its pages, its
 * refusals; and the access journal that the search, the demande's page and the attestation write.
 */
class RechercheDemandesIT extends ApiIT {

    private static final Acteur AGENT_NORD = Acteur.agent("agent-g5902", "G5902", "COMMUNE", "059");
    private static final Acteur AGENT_PAS_DE_CALAIS = Acteur.agent("agent-g6201", "G6201", "BAILLEUR", "062");
    private static final Acteur GESTIONNAIRE_NORD = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");
    private static final Acteur GESTIONNAIRE_PAS_DE_CALAIS = Acteur.gestionnaireTerritorial("gestionnaire-062", "062");
    private static final Acteur ADMINISTRATEUR = Acteur.administrateurNational("admin-national");

    @Autowired
    private RechercherDemandes rechercher;
    @Autowired
    private ConsulterDossierDemande dossiers;
    @Autowired
    private ConsulterJournalAcces journal;
    @Autowired
    private PurgeJournalAcces purge;

    private String enregistrer(DemandeExemple demande, String guichet) {
        Reponse r = api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    /** A birth name with accents, an apostrophe and a hyphen, unique to this run. */
    private static String nomAccentue() {
        return "Lefèvre-D'Œuvray " + DemandeExemple.nomAuHasard().substring(4);
    }

    private List<String> numeros(RechercherDemandes.Resultats resultats) {
        return resultats.lignes().stream().map(DemandeTrouvee::numeroUnique).toList();
    }

    private long lignesDuJournal(String acteur, String numero, EcranConsultation ecran) {
        return jdbc.sql("select count(*) from journal_acces where acteur_id = ? and numero_unique = ? and ecran = ?")
                .params(acteur, numero, ecran.name()).query(Long.class).single();
    }

    @Test
    void le_nom_est_compare_plie_et_seules_les_demandes_du_territoire_sont_trouvees() {
        String nom = nomAccentue();
        DemandeExemple nord = DemandeExemple.nord();
        nord.demandeur().put("nomNaissance", nom);
        nord.demandeur().put("prenoms", "Éloïse Marie");
        String numeroNord = enregistrer(nord, "G5901");
        DemandeExemple pasDeCalais = DemandeExemple.pasDeCalais();
        pasDeCalais.demandeur().put("nomNaissance", nom);
        pasDeCalais.demandeur().put("prenoms", "Éloïse");
        String numeroPasDeCalais = enregistrer(pasDeCalais, "G6201");
        String tape = nom.toLowerCase().replace("è", "e").replace("œ", "oe").replace("-", "  ").replace("'", "’");

        assertThat(numeros(rechercher.executer(new Criteres(null, tape, null, null, null), AGENT_NORD)))
                .containsExactly(numeroNord);
        assertThat(numeros(rechercher.executer(new Criteres(null, tape, "ELOISE", "1988-04-12", null), AGENT_NORD)))
                .containsExactly(numeroNord);
        assertThat(numeros(rechercher.executer(new Criteres(null, tape, "eloise", null, null), AGENT_PAS_DE_CALAIS)))
                .containsExactly(numeroPasDeCalais);
        assertThat(numeros(rechercher.executer(new Criteres(null, tape, null, null, null), GESTIONNAIRE_NORD)))
                .containsExactly(numeroNord);
        assertThat(numeros(rechercher.executer(new Criteres(null, tape, null, null, null), ADMINISTRATEUR)))
                .containsExactlyInAnyOrder(numeroNord, numeroPasDeCalais);
        // first names match word by word from the start, not inside a word; the birth date must be the same
        assertThat(numeros(rechercher.executer(new Criteres(null, tape, "Marie", null, null), AGENT_NORD))).isEmpty();
        assertThat(numeros(rechercher.executer(new Criteres(null, tape, "Eloi", null, null), AGENT_NORD))).isEmpty();
        assertThat(numeros(rechercher.executer(new Criteres(null, tape, null, "1988-04-13", null), AGENT_NORD)))
                .isEmpty();
        // by numéro, typed with spaces and in lower case; out of scope it is not found
        String tapeNumero = numeroNord.substring(0, 3) + " " + numeroNord.substring(3).toLowerCase();
        assertThat(numeros(rechercher.executer(new Criteres(tapeNumero, null, null, null, null), AGENT_NORD)))
                .containsExactly(numeroNord);
        assertThat(numeros(rechercher.executer(new Criteres(numeroNord, null, null, null, null),
                GESTIONNAIRE_PAS_DE_CALAIS))).isEmpty();
    }

    @Test
    void un_co_demandeur_est_trouve_par_son_nom_et_la_ligne_nomme_le_demandeur() {
        String nom = nomAccentue();
        DemandeExemple demande = DemandeExemple.nord().avecCoDemandeur(DemandeExemple.personne(nom, "Paul",
                java.time.LocalDate.of(1985, 1, 2), "M", "1"));
        String numero = enregistrer(demande, "G5901");

        RechercherDemandes.Resultats resultats = rechercher.executer(new Criteres(null, nom, "paul", null, null),
                AGENT_NORD);

        assertThat(numeros(resultats)).containsExactly(numero);
        assertThat(resultats.lignes().getFirst().nomNaissance()).isEqualTo(demande.nom());
    }

    @Test
    void les_resultats_vont_par_pages_de_vingt_et_chaque_ligne_affichee_est_journalisee() {
        String nom = "Pagination" + DemandeExemple.nomAuHasard().substring(4);
        for (int i = 0; i < 22; i++) {
            DemandeExemple demande = DemandeExemple.nord();
            demande.demandeur().put("nomNaissance", nom);
            demande.demandeur().put("dateNaissance", java.time.LocalDate.of(1960, 1, 1).plusDays(i).toString());
            enregistrer(demande, "G5901");
        }

        RechercherDemandes.Resultats premiere = rechercher.executer(new Criteres(null, nom, null, null, null),
                GESTIONNAIRE_NORD);
        RechercherDemandes.Resultats seconde = rechercher.executer(new Criteres(null, nom, null, null, "2"),
                GESTIONNAIRE_NORD);

        assertThat(premiere.total()).isEqualTo(22);
        assertThat(premiere.pages()).isEqualTo(2);
        assertThat(premiere.lignes()).hasSize(20);
        assertThat(seconde.lignes()).hasSize(2);
        assertThat(numeros(seconde)).doesNotContainAnyElementsOf(numeros(premiere));
        for (String numero : numeros(seconde)) {
            assertThat(lignesDuJournal("gestionnaire-059", numero, EcranConsultation.RECHERCHE)).isEqualTo(1);
        }
        long journalisees = jdbc.sql("""
                select count(*) from journal_acces j where j.acteur_id = 'gestionnaire-059' and j.ecran = 'RECHERCHE'
                and j.numero_unique in (select numero_unique from demande d join demande_personne p on p.demande_id = d.id
                                         where p.nom_naissance = ?)""").param(nom).query(Long.class).single();
        assertThat(journalisees).isEqualTo(22);
        RechercherDemandes.Resultats au_dela = rechercher.executer(new Criteres(null, nom, null, null, "3"),
                GESTIONNAIRE_NORD);
        assertThat(au_dela.lignes()).isEmpty();
        assertThat(au_dela.total()).isEqualTo(22);
    }

    @Test
    void une_saisie_hostile_ou_incomplete_est_refusee_champ_par_champ_sans_rien_chercher() {
        assertThatThrownBy(() -> rechercher.executer(new Criteres("x".repeat(5000), "a".repeat(101), "\u0000",
                "31/02/2020", "abc"), AGENT_NORD))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.erreurs())
                        .extracting(ErreurChamp::champ, ErreurChamp::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("numero", "FORMAT_INVALIDE"),
                                org.assertj.core.groups.Tuple.tuple("nom", "TAILLE"),
                                org.assertj.core.groups.Tuple.tuple("prenom", "CARACTERE_INTERDIT"),
                                org.assertj.core.groups.Tuple.tuple("dateNaissance", "FORMAT_INVALIDE"),
                                org.assertj.core.groups.Tuple.tuple("page", "HORS_BORNES")));
        assertThatThrownBy(() -> rechercher.executer(new Criteres(" ", "", null, null, null), AGENT_NORD))
                .isInstanceOfSatisfying(DonneesInvalidesException.class,
                        e -> assertThat(e.erreurs()).extracting(ErreurChamp::champ).containsExactly("nom"));
        assertThatThrownBy(() -> rechercher.executer(new Criteres(null, "<>", null, null, null), AGENT_NORD))
                .isInstanceOfSatisfying(DonneesInvalidesException.class,
                        e -> assertThat(e.erreurs()).extracting(ErreurChamp::code).containsExactly("FORMAT_INVALIDE"));
    }

    @Test
    void chaque_onglet_et_l_attestation_sont_journalises_et_le_gestionnaire_les_lit() {
        String numero = enregistrer(DemandeExemple.nord(), "G5901");

        dossiers.executer(numero, EcranConsultation.IDENTITE, AGENT_NORD);
        dossiers.executer(numero, EcranConsultation.MENAGE, AGENT_NORD);
        byte[] pdf = dossiers.attestation(numero, AGENT_NORD);
        ConsulterDossierDemande.Dossier consultations = dossiers.executer(numero, EcranConsultation.CONSULTATIONS,
                AGENT_NORD);

        assertThat(pdf).startsWith("%PDF".getBytes());
        assertThat(consultations.consultations()).extracting(a -> a.ecran()).containsExactly(
                EcranConsultation.CONSULTATIONS, EcranConsultation.ATTESTATION, EcranConsultation.MENAGE,
                EcranConsultation.IDENTITE);
        assertThat(consultations.consultations()).allSatisfy(a -> {
            assertThat(a.acteurId()).isEqualTo("agent-g5902");
            assertThat(a.guichet()).isEqualTo("G5902");
        });
        var lu = journal.executer(new ConsulterJournalAcces.Filtres(numero, "agent-g5902", null), GESTIONNAIRE_NORD);
        assertThat(lu.lignes()).hasSize(4);
        assertThat(journal.executer(new ConsulterJournalAcces.Filtres(numero, null, null), GESTIONNAIRE_PAS_DE_CALAIS)
                .lignes()).isEmpty();
        assertThatThrownBy(() -> journal.executer(new ConsulterJournalAcces.Filtres(null, null, null), AGENT_NORD))
                .isInstanceOf(AccesRefuseException.class);
    }

    @Test
    void hors_territoire_rien_n_est_affiche_ni_journalise() {
        String numero = enregistrer(DemandeExemple.nord(), "G5901");

        assertThatThrownBy(() -> dossiers.executer(numero, EcranConsultation.IDENTITE, AGENT_PAS_DE_CALAIS))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> dossiers.attestation(numero, AGENT_PAS_DE_CALAIS))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThat(jdbc.sql("select count(*) from journal_acces where numero_unique = ?").param(numero)
                .query(Long.class).single()).isZero();
    }

    @Test
    void la_purge_oublie_les_lignes_de_plus_d_un_an_et_garde_les_autres() {
        String numero = enregistrer(DemandeExemple.nord(), "G5901");
        dossiers.executer(numero, EcranConsultation.IDENTITE, AGENT_NORD);
        dossiers.executer(numero, EcranConsultation.MENAGE, AGENT_NORD);
        jdbc.sql("update journal_acces set horodatage = now() - interval '366 days' where numero_unique = ? and ecran = 'IDENTITE'")
                .param(numero).update();

        assertThat(purge.purger()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select ecran from journal_acces where numero_unique = ?").param(numero)
                .query(String.class).list()).containsExactly("MENAGE");
    }
}
