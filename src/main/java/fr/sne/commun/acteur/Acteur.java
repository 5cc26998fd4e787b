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
 *
 * @param type         the kind of actor
 * @param identifiant  who exactly: the API client id, the agent's login, the pass's name
 * @param guichet      the guichet on whose behalf it acts (code {@code Gxxxx}), when it acts for one
 * @param typeGuichet  that guichet's type (BAILLEUR, COMMUNE, ETAT...), when it acts for one
 * @param territoires  the territories it may act on; empty with {@link #national} true
 * @param national     true when its scope is the whole country
 * @param profils      what an agent may do beyond his role (ADR 0026), as his account holds it now; empty for
 *                     every other actor
 */
public record Acteur(TypeActeur type, String identifiant, @Nullable String guichet, @Nullable String typeGuichet,
        Set<String> territoires, boolean national, Set<Profil> profils) {

    /**
     * The guichet types that register in any territory and read only what they registered: the national entry
     * centre of paper Cerfas (the real system's national service since 2020). The public portal's applicant will
     * read the same way.
     */
    public static final Set<String> TYPES_GUICHET_NATIONAL = Set.of("CENTRE_NATIONAL");

    /** What an actor may read of the registry (ADR 0025). */
    public enum PorteeLecture {
        /** every demande (national administrator, the system's passes) */
        REGISTRE,
        /** the demandes of its territories (a guichet, a gestionnaire territorial) */
        TERRITOIRES,
        /** only the demandes its guichet registered, in any territory (a national guichet) */
        SES_ENREGISTREMENTS
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
        if (identifiant.isBlank()) {
            throw new IllegalArgumentException("identifiant d'acteur vide");
        }
        if (type.agitPourUnGuichet() && guichet == null) {
            throw new IllegalArgumentException(type + " agit pour un guichet");
        }
    }

    /** An actor holding no per-agent profile. */
    public Acteur(TypeActeur type, String identifiant, @Nullable String guichet, @Nullable String typeGuichet,
            Set<String> territoires, boolean national) {
        this(type, identifiant, guichet, typeGuichet, territoires, national, Set.of());
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

    /** @return true when the actor holds this per-agent profile (only an agent of a guichet may) */
    public boolean detient(Profil profil) {
        return profils.contains(profil);
    }

    /** @return what the actor may read: the whole registry, its territories, or only its guichet's registrations */
    public PorteeLecture lecture() {
        if (national) {
            return PorteeLecture.REGISTRE;
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
