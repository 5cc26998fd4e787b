package fr.sne.commun.acteur;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who acts on the registry, whatever the channel: a guichet's API client, an agent of a guichet, a
 * gestionnaire territorial, the national administrator, an applicant, or a nightly pass. Use cases take an
 * {@code Acteur} instead of a guichet, and the movement journal records its kind and identifier.
 * <p>
 * The territorial scope is what R441-2-6 CCH gives the actor: the territories whose demandes it may read
 * (a guichet's territory; a gestionnaire's territory; every territory for the national administrator and the
 * nightly passes). Whether a given demande is visible is a question the demande module answers, from this scope.
 * <p>
 * Registering and reading are two rights (ADR 0025). A guichet registers on its territory and reads it; a
 * <em>national guichet</em> (a guichet whose type is in {@link #TYPES_GUICHET_NATIONAL}: the national entry centre
 * of paper Cerfas) registers in any territory but reads only the demandes its guichet registered
 * ({@link PorteeLecture#SES_ENREGISTREMENTS}); its territorial scope is empty and {@link #national} false, whatever
 * territory its guichet's row names (its seat). Only the national administrator and the passes read everything.
 * <p>
 * The applicant on the public portal ({@link #demandeur}) acts for the portal's guichet {@value #GUICHET_PORTAIL}
 * (type {@value #TYPE_GUICHET_PORTAIL}, a national guichet: it registers in any territory) and reads only the
 * demandes attached to his account ({@link PorteeLecture#SES_DEMANDES}, ADR 0027); any other actor acting for the
 * portal's guichet reads nothing.
 *
 * @param type         the kind of actor
 * @param identifiant  who exactly: the API client id, the agent's login, the pass's name
 * @param guichet      the guichet on whose behalf it acts (code {@code Gxxxx}), when it acts for one
 * @param typeGuichet  that guichet's type (BAILLEUR, COMMUNE, ETAT...), when it acts for one
 * @param territoires  the territories it may act on; empty with {@link #national} true
 * @param national     true when its scope is the whole country
 * @param profils      what an agent may do beyond his role (ADR 0026), as his account holds it now; empty for
 *                     every other actor
 * @param demandesRattachees the numéros unique attached to an applicant's account (ADR 0027), read at each request;
 *                     empty for every other actor
 */
public record Acteur(TypeActeur type, String identifiant, @Nullable String guichet, @Nullable String typeGuichet,
        Set<String> territoires, boolean national, Set<Profil> profils, Set<String> demandesRattachees) {

    /** The public portal's guichet: the applicants act on its behalf. */
    public static final String GUICHET_PORTAIL = "GPORT";

    /** The type of the portal's guichet. */
    public static final String TYPE_GUICHET_PORTAIL = "PORTAIL";

    /**
     * The guichet types that register in any territory and read only what they registered: the national entry
     * centre of paper Cerfas (the real system's national service since 2020), and the public portal, whose
     * applicants read only the demandes attached to their account ({@link PorteeLecture#SES_DEMANDES}).
     */
    public static final Set<String> TYPES_GUICHET_NATIONAL = Set.of("CENTRE_NATIONAL", TYPE_GUICHET_PORTAIL);

    /** What an actor may read of the registry (ADR 0025). */
    public enum PorteeLecture {
        /** every demande (national administrator, the system's passes) */
        REGISTRE,
        /** the demandes of its territories (a guichet, a gestionnaire territorial) */
        TERRITOIRES,
        /** only the demandes its guichet registered, in any territory (a national guichet) */
        SES_ENREGISTREMENTS,
        /** only the demandes attached to the applicant's account (the portal, ADR 0027); nothing for anyone else */
        SES_DEMANDES
    }

    public Acteur {
        boolean guichetNational = guichet != null && typeGuichet != null
                && TYPES_GUICHET_NATIONAL.contains(typeGuichet);
        if (guichetNational && national) {
            throw new IllegalArgumentException("un guichet national ne lit pas tout le registre");
        }
        // a national guichet's row names a seat territory: it grants no reading
        territoires = guichetNational ? Set.of() : Set.copyOf(territoires);
        profils = Set.copyOf(profils);
        demandesRattachees = Set.copyOf(demandesRattachees);
        if (!demandesRattachees.isEmpty() && type != TypeActeur.DEMANDEUR) {
            throw new IllegalArgumentException("seul un demandeur a des demandes rattachées");
        }
        if (identifiant.isBlank()) {
            throw new IllegalArgumentException("identifiant d'acteur vide");
        }
        if (type.agitPourUnGuichet() && guichet == null) {
            throw new IllegalArgumentException(type + " agit pour un guichet");
        }
    }

    /** An actor that is not an applicant. */
    public Acteur(TypeActeur type, String identifiant, @Nullable String guichet, @Nullable String typeGuichet,
            Set<String> territoires, boolean national, Set<Profil> profils) {
        this(type, identifiant, guichet, typeGuichet, territoires, national, profils, Set.of());
    }

    /** An actor holding no per-agent profile. */
    public Acteur(TypeActeur type, String identifiant, @Nullable String guichet, @Nullable String typeGuichet,
            Set<String> territoires, boolean national) {
        this(type, identifiant, guichet, typeGuichet, territoires, national, Set.of(), Set.of());
    }

    /**
     * The applicant signed in to the public portal (ADR 0027): acts for the portal's guichet, reads and changes only
     * the demandes attached to his account.
     *
     * @param compte            his account's identifier (the portal's {@code compte_demandeur.id})
     * @param numerosRattaches  the numéros unique attached to that account now
     */
    public static Acteur demandeur(String compte, Set<String> numerosRattaches) {
        return new Acteur(TypeActeur.DEMANDEUR, compte, GUICHET_PORTAIL, TYPE_GUICHET_PORTAIL, Set.of(), false,
                Set.of(), numerosRattaches);
    }

    /** A guichet's software, through its API client. */
    public static Acteur clientApi(String clientId, String guichet, String typeGuichet, String territoire) {
        return new Acteur(TypeActeur.CLIENT_API, clientId, guichet, typeGuichet, Set.of(territoire), false);
    }

    /** An agent of a guichet, signed in to the professional web application. */
    public static Acteur agent(String login, String guichet, String typeGuichet, String territoire) {
        return agent(login, guichet, typeGuichet, territoire, Set.of());
    }

    /** An agent of a guichet holding these profiles. */
    public static Acteur agent(String login, String guichet, String typeGuichet, String territoire,
            Set<Profil> profils) {
        return new Acteur(TypeActeur.AGENT, login, guichet, typeGuichet, Set.of(territoire), false, profils);
    }

    /** A gestionnaire territorial: reads every demande of his territory, acts for no guichet. */
    public static Acteur gestionnaireTerritorial(String identifiant, String territoire) {
        return new Acteur(TypeActeur.GESTIONNAIRE_TERRITORIAL, identifiant, null, null, Set.of(territoire), false);
    }

    /** The national administrator. */
    public static Acteur administrateurNational(String identifiant) {
        return new Acteur(TypeActeur.ADMINISTRATEUR_NATIONAL, identifiant, null, null, Set.of(), true);
    }

    /** A pass the system runs by itself (nightly pass, purge). */
    public static Acteur traitement(String nom) {
        return new Acteur(TypeActeur.TRAITEMENT, nom, null, null, Set.of(), true);
    }

    /** @return true when this numéro unique is attached to the applicant's account (always false for others) */
    public boolean aRattache(String numeroUnique) {
        return demandesRattachees.contains(numeroUnique);
    }

    /** @return true when the actor holds this per-agent profile (only an agent of a guichet may) */
    public boolean detient(Profil profil) {
        return profils.contains(profil);
    }

    /**
     * @return what the actor may read: the whole registry, its territories, only its guichet's registrations, or
     *         only the demandes attached to an applicant's account (anyone acting for the portal's guichet)
     */
    public PorteeLecture lecture() {
        if (national) {
            return PorteeLecture.REGISTRE;
        }
        if (type == TypeActeur.DEMANDEUR || TYPE_GUICHET_PORTAIL.equals(typeGuichet)) {
            return PorteeLecture.SES_DEMANDES;
        }
        return enregistrePartout() ? PorteeLecture.SES_ENREGISTREMENTS : PorteeLecture.TERRITOIRES;
    }

    /**
     * @return true for a national guichet: it may register a demande in any territory (a guichet of a territory
     *         registers on its own only), which gives it no right to read that territory
     */
    public boolean enregistrePartout() {
        return guichet != null && typeGuichet != null && TYPES_GUICHET_NATIONAL.contains(typeGuichet);
    }

    /**
     * @return the territory it registers on, or null when it registers on any (a national guichet)
     * @throws IllegalStateException for an actor with no single territory of registration
     */
    public @Nullable String territoireDEnregistrement() {
        if (enregistrePartout()) {
            return null;
        }
        if (territoires.size() != 1) {
            throw new IllegalStateException("le guichet " + guichet + " n'a pas un territoire unique");
        }
        return territoires.iterator().next();
    }

    /**
     * @return true when the actor's scope covers this whole territory (reads every demande of it); false for a
     *         national guichet, which reads no territory as such
     */
    public boolean couvre(String territoire) {
        return national || territoires.contains(territoire);
    }

    /** @return true when the actor acts on behalf of a guichet (and may register, renew, radiate for it) */
    public boolean agitPourUnGuichet() {
        return guichet != null;
    }

    /** @return the guichet it acts for, for a use case that only a guichet may perform */
    public String guichetRequis() {
        if (guichet == null) {
            throw new IllegalStateException(type + " " + identifiant + " n'agit pour aucun guichet");
        }
        return guichet;
    }
}
