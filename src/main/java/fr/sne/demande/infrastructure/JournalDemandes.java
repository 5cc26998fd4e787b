package fr.sne.demande.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.FormatMouvement;
import fr.sne.demande.application.port.PorteDemandes;
import fr.sne.demande.domaine.Avertissement;
import fr.sne.demande.domaine.AvertissementEnvoye;
import fr.sne.demande.domaine.CoDemandeurSepare;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DemandeEnregistree;
import fr.sne.demande.domaine.DemandeModifiee;
import fr.sne.demande.domaine.DemandeRadiee;
import fr.sne.demande.domaine.DonneesRadiation;
import fr.sne.demande.domaine.DemandeReactivee;
import fr.sne.demande.domaine.DemandeRenouvelee;
import fr.sne.demande.domaine.DemandesFusionnees;
import fr.sne.demande.domaine.EvenementDemande;
import fr.sne.demande.domaine.Identite;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.TypeMouvement;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one door through which every change of a demande is written (the use cases' port {@link PorteDemandes}). A
 * use case asks the demande for its transition, gets a typed {@link EvenementDemande}, and hands it to
 * {@link #appliquer}: this class, and only this class, writes the demande's rows and its movement (a versioned
 * document, see {@link MouvementV1}) in the caller's transaction, then publishes the event to the listeners that run once the transaction has
 * committed (metrics, notifications).
 * <p>
 * Set-based batch passes (radiation for non-renewal, erasure...) do not go event by event: they choose which
 * demandes, and the door's named set-based methods ({@link JournalDemandesEnLots}) write the rows and the movements
 * in one statement (through {@link #journaliserSelection}) and publish the events.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class JournalDemandes implements PorteDemandes {

    /** Version of the movement documents this code writes; a reader branches on it. */
    public static final int VERSION_MOUVEMENT = MouvementV1.VERSION;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher evenements;
    private final DemandeRepository demandes;

    JournalDemandes(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher evenements,
            DemandeRepository demandes) {
        this.jdbc = jdbc;
        this.json = json;
        this.evenements = evenements;
        this.demandes = demandes;
    }

    /**
     * Writes an event: the demande's rows and its movement, in the caller's transaction (required), then
     * publishes the event (listeners marked after-commit hear of it only if the transaction commits).
     *
     * @return the demande after the event
     */
    @Override
    public Demande appliquer(EvenementDemande evenement, @Nullable CleIdempotence cle) {
        Demande apres = switch (evenement) {
            case DemandeEnregistree enregistree -> enregistrer(enregistree, cle, TypeMouvement.CRE, null);
            case DemandeModifiee modifiee -> modifier(modifiee);
            case DemandeRenouvelee renouvelee -> renouveler(renouvelee);
            case AvertissementEnvoye avertissement -> avertir(avertissement);
            case DemandeRadiee radiee -> radier(radiee);
            case DemandeReactivee reactivee -> reactiver(reactivee);
            case CoDemandeurSepare separation -> separer(separation);
            case DemandesFusionnees fusion -> fusionner(fusion);
        };
        evenements.publishEvent(evenement);
        return apres;
    }

    /**
     * A new demande in one statement, the last of its transaction: the territory's counter is incremented, and
     * the numbered demande, its persons and communes, the idempotency key and the movement are inserted with
     * it. The counter row is locked from this statement to the commit only; as the increment commits or rolls
     * back with the demande, numbers stay dense.
     */
    private Demande enregistrer(DemandeEnregistree e, @Nullable CleIdempotence cle, TypeMouvement type,
            @Nullable NumeroUnique origine) {
        String contenu = documentStocke(e.contenu());
        String numero = jdbc.sql("""
                with numero as (
                    insert into compteur_numero_unique as c (territoire, mois_annee, dernier)
                    values (:territoire, :moisAnnee, 1)
                    on conflict (territoire, mois_annee) do update set dernier = c.dernier + 1
                    returning :territoire || :moisAnnee || lpad(dernier::text, 6, '0') || :guichet as numero_unique
                ), nouvelle as (
                    insert into demande (numero_unique, territoire, statut, date_depot, date_dernier_renouvellement,
                                         date_fin_validite, guichet_enregistreur, enregistree_le, modifiee_le,
                                         version, contenu, renouvellement_en_ligne)
                    select numero_unique, :territoire, 'ACTIVE', :dateDepot, null, :dateFin, :guichet,
                           :horodatage, :horodatage, 0, cast(:contenu as jsonb), :enLigne
                    from numero
                    returning id, numero_unique
                ), personnes as (
                    insert into demande_personne (demande_id, role, rang, nom_naissance, prenoms, date_naissance,
                                                  nom_cle, prenoms_cle, nir)
                    select n.id, p.role, p.rang, p.nom, p.prenoms, p.naissance, p.nom_cle, p.prenoms_cle, p.nir
                    from nouvelle n, jsonb_to_recordset(cast(:personnes as jsonb))
                        as p(role text, rang smallint, nom text, prenoms text, naissance date, nom_cle text,
                             prenoms_cle text, nir text)
                ), communes as (
                    insert into demande_commune (demande_id, rang, code_commune)
                    select n.id, c.rang, c.code
                    from nouvelle n, jsonb_array_elements_text(cast(:communes as jsonb)) with ordinality as c(code, rang)
                ), trace as (
                    insert into idempotence (guichet, cle, empreinte, numero_unique)
                    select :guichetCle, cast(:cle as varchar), :empreinte, numero_unique
                    from nouvelle where cast(:cle as varchar) is not null
                ), mouvement as (
                    insert into mouvement (type, numero_unique, territoire, guichet, acteur_type, acteur_id,
                                           horodatage, version_demande, contenu)
                    select :type, numero_unique, :territoire, :guichet, :acteurType, :acteurId, :horodatage, 0,
                           cast(:mouvement as jsonb) || jsonb_build_object('numeroUnique', numero_unique)
                    from nouvelle
                )
                select numero_unique from nouvelle""")
                .param("territoire", e.territoire())
                .param("moisAnnee", e.moisAnnee())
                .param("guichet", e.guichet())
                .param("dateDepot", e.dateDepot())
                .param("dateFin", e.dateFinValidite())
                .param("horodatage", Timestamp.from(e.horodatage()))
                .param("contenu", contenu)
                .param("personnes", personnes(e.contenu()))
                .param("communes", json.writeValueAsString(e.contenu().communesSouhaitees()))
                .param("guichetCle", cle == null ? e.guichet() : cle.guichet())
                .param("cle", cle == null ? null : cle.cle())
                .param("empreinte", cle == null ? null : cle.empreinte())
                .param("type", type.name())
                .param("acteurType", e.acteur().type().name())
                .param("acteurId", e.acteur().identifiant())
                .param("enLigne", parLeDemandeur(e))
                .param("mouvement", FormatMouvement.ecrire(MouvementV1.creation(e, type, "", origine, contenu)))
                .query(String.class).single();
        return e.numerotee(new NumeroUnique(numero));
    }

    /** The content changes (MOD): new content, its persons and communes, and the movement naming the rubrics. */
    private Demande modifier(DemandeModifiee e) {
        int version = avancerVersion(e.numeroUnique(), e.versionAttendue(), e.horodatage());
        String contenu = ecrireContenu(e.numeroUnique(), e.contenu());
        journaliser(e, version, MouvementV1.document(e, contenu));
        return relire(e.numeroUnique());
    }

    /** A renewal (REN): new content, renewal date and end of validity. */
    private Demande renouveler(DemandeRenouvelee e) {
        int version = avancerVersion(e.numeroUnique(), e.versionAttendue(), e.horodatage());
        String contenu = ecrireContenu(e.numeroUnique(), e.contenu());
        jdbc.sql("""
                update demande set date_dernier_renouvellement = ?, date_fin_validite = ?,
                                   renouvellement_en_ligne = renouvellement_en_ligne or ?
                where numero_unique = ?""")
                .params(e.dateRenouvellement(), e.dateFinValidite(), parLeDemandeur(e), e.numeroUnique().valeur())
                .update();
        journaliser(e, version, MouvementV1.document(e, contenu));
        return relire(e.numeroUnique());
    }

    /**
     * A filing or a renewal by the applicant himself (the portal) marks the demande {@code renouvellement_en_ligne}
     * for good: the nightly pass then sends his renewal notice by e-mail (R441-2-7 CCH, ADR 0028).
     */
    private static boolean parLeDemandeur(EvenementDemande e) {
        return e.acteur().type() == fr.sne.commun.acteur.TypeActeur.DEMANDEUR;
    }

    /** A warning before radiation c or d: its row, the date of the last letter, and a MOD naming it. */
    private Demande avertir(AvertissementEnvoye e) {
        int version = avancerVersion(e.numeroUnique(), e.versionAttendue(), e.horodatage());
        Avertissement a = e.avertissement();
        jdbc.sql("""
                insert into avertissement (demande_id, motif, sous_motif, date_envoi, canal, guichet,
                                           radiation_demandee, enregistre_le)
                select id, ?, ?, ?, ?, ?, ?, ? from demande where numero_unique = ?""")
                .params(a.motif().code(), a.sousMotif(), a.dateEnvoi(), a.canal(), a.guichet(),
                        a.radiationDemandee(), Timestamp.from(e.horodatage()), e.numeroUnique().valeur())
                .update();
        jdbc.sql("""
                update demande set date_dernier_courrier = greatest(date_dernier_courrier, ?)
                where numero_unique = ?""")
                .params(a.dateEnvoi(), e.numeroUnique().valeur()).update();
        journaliser(e, version, MouvementV1.document(e, null));
        return relire(e.numeroUnique());
    }

    /** A radiation (RAD) with its motive and, for an attribution, the data of R441-2-9 CCH. */
    private Demande radier(DemandeRadiee e) {
        ecrireRadiation(e, avancerVersion(e.numeroUnique(), e.versionAttendue(), e.horodatage()));
        return relire(e.numeroUnique());
    }

    /**
     * A merge (motive f of R441-2-8 CCH): both demandes move to their next version, in the order of their numéros
     * (two merges of the same pair in opposite directions then wait for each other instead of deadlocking, and
     * the second is refused as stale); the merged demande is radiated (RAD, naming the kept numéro); the kept one
     * takes the earlier date de dépôt, in its column and in its stored content, and its history names the merged
     * demande (MOD with a {@code fusion} object), even when its date does not change.
     *
     * @return the merged demande, radiated
     */
    private Demande fusionner(DemandesFusionnees e) {
        DemandeRadiee radiation = e.radiation();
        int versionRadiee;
        int versionConservee;
        if (radiation.numeroUnique().valeur().compareTo(e.numeroConserve().valeur()) < 0) {
            versionRadiee = avancerVersion(radiation.numeroUnique(), radiation.versionAttendue(), e.horodatage());
            versionConservee = avancerVersion(e.numeroConserve(), e.versionConservee(), e.horodatage());
        } else {
            versionConservee = avancerVersion(e.numeroConserve(), e.versionConservee(), e.horodatage());
            versionRadiee = avancerVersion(radiation.numeroUnique(), radiation.versionAttendue(), e.horodatage());
        }
        ecrireRadiation(radiation, versionRadiee);
        jdbc.sql("""
                update demande set date_depot = cast(:dateDepot as date),
                                   contenu = jsonb_set(contenu, '{dateDepot}', to_jsonb(cast(:dateDepot as text)))
                where numero_unique = :numero""")
                .param("dateDepot", e.dateDepot().toString()).param("numero", e.numeroConserve().valeur())
                .update();
        journaliser(TypeMouvement.MOD, e.numeroConserve(), e.territoireConserve(), e, versionConservee,
                MouvementV1.conservation(e));
        return relire(radiation.numeroUnique());
    }

    /** The radiation's columns and its RAD movement (the version already moved on). */
    private void ecrireRadiation(DemandeRadiee e, int version) {
        jdbc.sql("""
                update demande set statut = 'RADIEE', motif_radiation = ?, sous_motif_radiation = ?,
                                   date_radiation = ?, radiee_par = ?, donnees_radiation = cast(? as jsonb)
                where numero_unique = ?""")
                .params(e.motif().code(), e.sousMotif() == null ? null : e.sousMotif().name(), e.dateRadiation(),
                        e.guichet(), e.donnees() instanceof DonneesRadiation.Aucune ? null
                                : json.writeValueAsString(MouvementV1.donnees(e.donnees())),
                        e.numeroUnique().valeur())
                .update();
        journaliser(e, version, MouvementV1.document(e, null));
    }

    /** A reactivation: active again, renewed when it lifts a radiation for non-renewal. */
    private Demande reactiver(DemandeReactivee e) {
        int version = avancerVersion(e.numeroUnique(), e.versionAttendue(), e.horodatage());
        jdbc.sql("""
                update demande set statut = 'ACTIVE', motif_radiation = null, sous_motif_radiation = null,
                                   date_radiation = null, radiee_par = null, donnees_radiation = null,
                                   date_dernier_renouvellement = coalesce(?, date_dernier_renouvellement),
                                   date_fin_validite = ?
                where numero_unique = ?""")
                .params(e.dateRenouvellement(), e.dateFinValidite(), e.numeroUnique().valeur())
                .update();
        journaliser(e, version, MouvementV1.document(e, null));
        return relire(e.numeroUnique());
    }

    /**
     * A separation: the original loses the co-demandeur (MOD), then his own demande is numbered and created
     * (CRS), in the caller's transaction.
     *
     * @return the new demande
     */
    private Demande separer(CoDemandeurSepare e) {
        modifier(e.original());
        return enregistrer(e.nouvelle(), null, TypeMouvement.CRS, e.original().numeroUnique());
    }

    /** Replaces the content of an existing demande and the rows the duplicate search and scoping read. */
    private String ecrireContenu(NumeroUnique numero, ContenuValide contenu) {
        String document = documentStocke(contenu);
        long id = jdbc.sql("update demande set contenu = cast(? as jsonb) where numero_unique = ? returning id")
                .params(document, numero.valeur()).query(Long.class).single();
        jdbc.sql("delete from demande_personne where demande_id = ?").param(id).update();
        jdbc.sql("delete from demande_commune where demande_id = ?").param(id).update();
        jdbc.sql("""
                insert into demande_personne (demande_id, role, rang, nom_naissance, prenoms, date_naissance,
                                              nom_cle, prenoms_cle, nir)
                select :id, p.role, p.rang, p.nom, p.prenoms, p.naissance, p.nom_cle, p.prenoms_cle, p.nir
                from jsonb_to_recordset(cast(:personnes as jsonb))
                    as p(role text, rang smallint, nom text, prenoms text, naissance date, nom_cle text,
                         prenoms_cle text, nir text)""")
                .param("id", id).param("personnes", personnes(contenu)).update();
        jdbc.sql("""
                insert into demande_commune (demande_id, rang, code_commune)
                select :id, c.rang, c.code
                from jsonb_array_elements_text(cast(:communes as jsonb)) with ordinality as c(code, rang)""")
                .param("id", id)
                .param("communes", json.writeValueAsString(contenu.communesSouhaitees()))
                .update();
        return document;
    }

    /**
     * The movement of a change of an existing demande, naming its actor (columns and document) and the version
     * the change moved the demande to.
     */
    private void journaliser(EvenementDemande e, int version, DocumentMouvement document) {
        journaliser(e.type(), MouvementV1.numero(e), e.territoire(), e, version, document);
    }

    /** A movement of this type on this demande at this version, by the event's guichet and actor, at its time. */
    private void journaliser(TypeMouvement type, NumeroUnique numero, String territoire, EvenementDemande e,
            int version, DocumentMouvement document) {
        inserer(type, numero, territoire, e.guichet(), e.acteur(), e.horodatage(), version, document);
    }

    private void inserer(TypeMouvement type, NumeroUnique numero, String territoire, @Nullable String guichet,
            Acteur acteur, Instant horodatage, int version, DocumentMouvement document) {
        jdbc.sql("""
                insert into mouvement (type, numero_unique, territoire, guichet, acteur_type, acteur_id, horodatage,
                                       version_demande, contenu)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(type.name(), numero.valeur(), territoire, guichet, acteur.type().name(),
                        acteur.identifiant(), Timestamp.from(horodatage), version, FormatMouvement.ecrire(document))
                .update();
    }

    /**
     * An event that changes no field of the demande (EVT): one movement carrying its code, recorded on the
     * demande's current version, which it does not move. The demande's row is locked (shared) until the commit, so
     * that no change can slip between the version read and the movement written; an unknown demande is a 404
     * ({@code INTROUVABLE}), an erased one takes no event ({@code DONNEES_EFFACEES}).
     *
     * @return the version the event was recorded on
     */
    public int journaliserEvenement(NumeroUnique numero, @Nullable String guichet, Acteur acteur, Instant horodatage,
            String code, LocalDate dateEvenement, @Nullable String commentaire, Map<String, Object> donnees) {
        EtatPartage etat = verrouillerEnPartage(numero);
        inserer(TypeMouvement.EVT, numero, etat.territoire(), guichet, acteur, horodatage, etat.version(),
                new DocumentMouvement.Evenement(MouvementV1.VERSION, TypeMouvement.EVT.name(), numero.valeur(),
                        etat.territoire(), guichet, MouvementV1.acteur(acteur), horodatage, code, dateEvenement,
                        commentaire, Map.copyOf(donnees)));
        return etat.version();
    }

    /** The territory and version of a demande that takes a movement without moving its version. */
    private record EtatPartage(String territoire, int version) {
    }

    /**
     * Locks the demande's row in share mode until the commit (no change slips between the version read and the
     * movement written) and reads what such a movement records.
     *
     * @throws RessourceIntrouvableException {@code INTROUVABLE} for an unknown demande, {@code DONNEES_EFFACEES}
     *                                       for an erased one
     */
    private EtatPartage verrouillerEnPartage(NumeroUnique numero) {
        record Ligne(String territoire, int version, boolean effacee) {
        }
        Ligne ligne = jdbc.sql("""
                select territoire, version, purgee_le is not null as effacee from demande where numero_unique = ?
                   for share""")
                .param(numero.valeur())
                .query((rs, n) -> new Ligne(rs.getString("territoire"), rs.getInt("version"), rs.getBoolean("effacee")))
                .optional()
                .orElseThrow(() -> new RessourceIntrouvableException(CodeMotif.INTROUVABLE,
                        "Aucune demande " + numero.valeur() + "."));
        if (ligne.effacee()) {
            throw new RessourceIntrouvableException(CodeMotif.DONNEES_EFFACEES, CodeMotif.DONNEES_EFFACEES.message());
        }
        return new EtatPartage(ligne.territoire(), ligne.version());
    }

    /**
     * A piece's movement (PJD, PJS, PJR, PJQ): one movement carrying the piece's metadata, recorded on the demande's
     * current version, which it does not move; the row locked (shared) as for an event
     * ({@link #journaliserEvenement}); an unknown demande is a 404 ({@code INTROUVABLE}), an erased one takes none
     * ({@code DONNEES_EFFACEES}).
     *
     * @return the version the movement was recorded on
     */
    public int journaliserPiece(TypeMouvement type, NumeroUnique numero, @Nullable String guichet, Acteur acteur,
            Instant horodatage, DocumentMouvement.PieceDecrite piece, @Nullable String categoriePrecedente,
            @Nullable String motif) {
        if (!DocumentMouvement.Piece.TYPES.contains(type.name())) {
            throw new IllegalArgumentException("pas un mouvement de pièce : " + type);
        }
        EtatPartage etat = verrouillerEnPartage(numero);
        inserer(type, numero, etat.territoire(), guichet, acteur, horodatage, etat.version(),
                new DocumentMouvement.Piece(MouvementV1.VERSION, type.name(), numero.valeur(), etat.territoire(),
                        guichet, MouvementV1.acteur(acteur), horodatage, DocumentMouvement.Piece.action(type.name()),
                        piece, categoriePrecedente, motif));
        return etat.version();
    }

    /**
     * The digital copy of the dossier sent to the applicant (COP), recorded as a piece's movement is (the current
     * version, not moved; the row locked shared; 404 when unknown; refused when erased).
     *
     * @return the version the movement was recorded on
     */
    public int journaliserCopieNumerique(NumeroUnique numero, @Nullable String guichet, Acteur acteur,
            Instant horodatage, List<java.util.UUID> pieces) {
        EtatPartage etat = verrouillerEnPartage(numero);
        inserer(TypeMouvement.COP, numero, etat.territoire(), guichet, acteur, horodatage, etat.version(),
                new DocumentMouvement.CopieNumerique(MouvementV1.VERSION, TypeMouvement.COP.name(), numero.valeur(),
                        etat.territoire(), guichet, MouvementV1.acteur(acteur), horodatage, pieces));
        return etat.version();
    }

    private Demande relire(NumeroUnique numero) {
        return demandes.parNumero(numero.valeur()).orElseThrow();
    }

    /**
     * The stored document (column {@code demande.contenu}): the content in the Cerfa shape, with the version of
     * that shape first; a stored document without {@code version} is of version 1 and reads the same.
     */
    private String documentStocke(ContenuValide contenu) {
        ObjectNode document = json.createObjectNode().put("version", ContenuValide.VERSION_DOCUMENT);
        document.setAll((ObjectNode) json.valueToTree(contenu.document()));
        return json.writeValueAsString(document);
    }

    /** Every person of the demande with the keys of the duplicate search, as one JSON array. */
    private String personnes(ContenuValide contenu) {
        List<Map<String, Object>> lignes = new ArrayList<>();
        for (int i = 0; i < contenu.adultes().size(); i++) {
            ContenuValide.Adulte p = contenu.adultes().get(i);
            lignes.add(personne(i == 0 ? "DEMANDEUR" : "CO_DEMANDEUR", i == 0 ? 1 : i, p.nomNaissance(),
                    p.prenoms(), p.dateNaissance(), p.nir() == null ? null : p.nir().valeur()));
        }
        for (int i = 0; i < contenu.personnesACharge().size(); i++) {
            ContenuValide.PersonneACharge p = contenu.personnesACharge().get(i);
            lignes.add(personne("PERSONNE_A_CHARGE", i + 1, p.nom(), p.prenoms(), p.dateNaissance(), null));
        }
        return json.writeValueAsString(lignes);
    }

    private static Map<String, Object> personne(String role, int rang, String nom, String prenoms,
            java.time.LocalDate naissance, @Nullable String nir) {
        Identite identite = Identite.de(nom, prenoms, naissance, nir);
        Map<String, Object> ligne = new LinkedHashMap<>();
        ligne.put("role", role);
        ligne.put("rang", rang);
        ligne.put("nom", nom);
        ligne.put("prenoms", prenoms);
        ligne.put("naissance", naissance.toString());
        ligne.put("nom_cle", identite.nomCle());
        ligne.put("prenoms_cle", String.join(" ", identite.prenomsCle()));
        if (nir != null) {
            ligne.put("nir", nir);
        }
        return ligne;
    }

    /**
     * Optimistic locking, the first statement of every later change of an existing demande (the event carries
     * the version its decision was based on, e.g. from an {@code If-Match} header): moves the demande to its
     * next version if it is still at {@code versionAttendue}. Otherwise nothing is written and the change is
     * refused as a conflict ({@code MODIFICATION_CONCURRENTE}), to be retried on the current version.
     *
     * @return the new version
     */
    int avancerVersion(NumeroUnique numero, int versionAttendue, Instant horodatage) {
        List<Integer> version = jdbc.sql("""
                update demande set version = version + 1, modifiee_le = ?
                where numero_unique = ? and version = ?
                returning version""")
                .params(Timestamp.from(horodatage), numero.valeur(), versionAttendue)
                .query(Integer.class).list();
        if (version.isEmpty()) {
            throw new ConflitException(CodeMotif.MODIFICATION_CONCURRENTE, "La demande " + numero
                    + " a été modifiée depuis sa version " + versionAttendue
                    + " : relisez-la et refaites la modification sur sa version actuelle.",
                    Map.of("numeroUnique", numero.valeur(), "versionAttendue", versionAttendue));
        }
        return version.getFirst();
    }

    /**
     * The movements of a set-based pass, in one {@code insert into mouvement ... select}: {@code selection} is a
     * query, or better a data-modifying statement with {@code returning} (e.g. {@code update demande set statut
     * = 'RADIEE', version = version + 1 ... returning ...}), so that the change and its movements are one
     * statement. It must yield the columns {@code numero_unique}, {@code territoire}, {@code guichet},
     * {@code horodatage} (timestamptz), {@code version_demande} (the demande's version after the change, e.g.
     * {@code d.version} of the {@code returning}) and {@code details} (a jsonb object: the part of the document
     * proper to the movement type, every field of its {@link DocumentMouvement} record, null ones included: the
     * schema test reads them strictly); the versioned envelope ({@code version}, {@code type}, {@code numeroUnique},
     * {@code territoire}, {@code guichet}, {@code acteur}, {@code horodatage}) is added here and wins over a
     * detail of the same name. Named parameters of the selection are given in {@code parametres} (the names
     * {@code typeMouvement}, {@code versionMouvement}, {@code acteurType} and {@code acteurId} are taken).
     * <p>
     * The movements are those of a system pass: actor {@code TRAITEMENT} named after the movement type (e.g.
     * {@code traitement-rad}); use {@link #journaliserSelection(Acteur, TypeMouvement, String, Map)} to name it.
     *
     * @return the number of movements written
     */
    public int journaliserSelection(TypeMouvement type, String selection, Map<String, ?> parametres) {
        return journaliserSelection(Acteur.traitement("traitement-" + type.name().toLowerCase(Locale.ROOT)), type,
                selection, parametres);
    }

    /**
     * As {@link #journaliserSelection(TypeMouvement, String, Map)}, every movement recording {@code acteur} (its
     * kind and identifier, in the columns and in the document's {@code acteur} object); the names
     * {@code acteurType} and {@code acteurId} are taken too. The selection's {@code guichet} may be null.
     *
     * @return the number of movements written
     */
    public int journaliserSelection(Acteur acteur, TypeMouvement type, String selection, Map<String, ?> parametres) {
        return jdbc.sql("with selection as (" + selection + ")\n" + MOUVEMENTS_DE_LA_SELECTION)
                .params(parametres)
                .param("typeMouvement", type.name())
                .param("versionMouvement", MouvementV1.VERSION)
                .param("acteurType", acteur.type().name())
                .param("acteurId", acteur.identifiant())
                .update();
    }

    /**
     * As {@link #journaliserSelection(Acteur, TypeMouvement, String, Map)}, and reads back the rows of the selection
     * (its {@code returning} columns) with {@code lecture}: for the set-based methods of the door that publish an
     * event per demande or hand the selection to other modules ({@link JournalDemandesEnLots}).
     */
    <T> List<T> journaliserSelection(Acteur acteur, TypeMouvement type, String selection, Map<String, ?> parametres,
            RowMapper<T> lecture) {
        return jdbc.sql("with selection as (" + selection + "), ecrits as (\n" + MOUVEMENTS_DE_LA_SELECTION
                + "\nreturning 1)\nselect s.* from selection s")
                .params(parametres)
                .param("typeMouvement", type.name())
                .param("versionMouvement", MouvementV1.VERSION)
                .param("acteurType", acteur.type().name())
                .param("acteurId", acteur.identifiant())
                .query(lecture).list();
    }

    /** The movements of a selection {@code s} of a set-based pass: the versioned envelope around its details. */
    private static final String MOUVEMENTS_DE_LA_SELECTION = """
                insert into mouvement (type, numero_unique, territoire, guichet, acteur_type, acteur_id, horodatage,
                                       version_demande, contenu)
                select :typeMouvement, s.numero_unique, s.territoire, s.guichet, :acteurType, :acteurId, s.horodatage,
                       s.version_demande, s.details || jsonb_build_object('version', :versionMouvement, 'type', :typeMouvement,
                                          'numeroUnique', s.numero_unique, 'territoire', s.territoire,
                                          'guichet', s.guichet,
                                          'acteur', jsonb_build_object('type', cast(:acteurType as text),
                                                                       'identifiant', cast(:acteurId as text)),
                                          'horodatage', to_char(s.horodatage at time zone 'UTC',
                                                                'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                from selection s""";
}
