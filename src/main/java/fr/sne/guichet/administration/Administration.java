package fr.sne.guichet.administration;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Profil;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Habilitation;

/** What the administration pages read and what their forms send. */
public final class Administration {

    private Administration() {
    }

    /** A guichet in the list of a territory. */
    public record LigneGuichet(String code, String nom, String type, String territoire, boolean actif) {

        public String libelleType() {
            return TypeGuichet.libelleDe(type);
        }
    }

    /** An agent's account of a guichet, with the per-agent profiles he holds (ADR 0026). */
    public record LigneAgent(String identifiant, String nom, @Nullable String courriel, boolean actif,
            Instant creeLe, Set<Profil> profils) {

        public LigneAgent {
            profils = Collections.unmodifiableSet(profils.isEmpty() ? EnumSet.noneOf(Profil.class)
                    : EnumSet.copyOf(profils));
        }

        /** The profiles' codes, for the form's boxes. */
        public List<String> codesProfils() {
            return profils.stream().map(Profil::code).toList();
        }

        /** The profiles' labels, for the pages; "Aucun" when he holds none. */
        public String libelleProfils() {
            return profils.isEmpty() ? "Aucun"
                    : String.join(", ", profils.stream().map(Profil::libelle).toList());
        }
    }

    /** An agent's page: his guichet, himself and the profiles an administrator may grant. */
    public record FicheAgent(Guichet guichet, boolean guichetActif, LigneAgent agent, List<Profil> profilsOfferts,
            List<Evenement> journal) {

        public FicheAgent {
            profilsOfferts = List.copyOf(profilsOfferts);
            journal = List.copyOf(journal);
        }
    }

    /** The form of an agent's profiles: the codes ticked (none when every box is unticked). */
    public record SaisieProfils(@Nullable List<String> profils) {
    }

    /**
     * An API client of a guichet.
     *
     * @param ancienSecretJusquA while a rotation's overlap lasts, until when the previous secret is still accepted
     * @param habilitations      what it may do (ADR 0017), in the order of {@link Habilitation}
     */
    public record LigneClientApi(String clientId, boolean actif, Instant creeLe, @Nullable Instant ancienSecretJusquA,
            Set<Habilitation> habilitations) {

        public LigneClientApi {
            habilitations = Collections.unmodifiableSet(EnumSet.copyOf(habilitations.isEmpty()
                    ? EnumSet.noneOf(Habilitation.class) : habilitations));
        }

        /** The habilitations' codes, for the form's boxes. */
        public List<String> codesHabilitations() {
            return habilitations.stream().map(Habilitation::code).toList();
        }

        /** The habilitations' labels, for the pages; "aucune" when it holds none. */
        public String libelleHabilitations() {
            return habilitations.isEmpty() ? "Aucune"
                    : String.join(", ", habilitations.stream().map(Habilitation::libelle).toList());
        }
    }

    /** An API client's page: its guichet, itself and the habilitations an administrator may grant. */
    public record FicheClientApi(Guichet guichet, boolean guichetActif, LigneClientApi client,
            List<Habilitation> habilitationsOffertes) {

        public FicheClientApi {
            habilitationsOffertes = List.copyOf(habilitationsOffertes);
        }
    }

    /** The form of an API client's habilitations: the codes ticked (none when every box is unticked). */
    public record SaisieHabilitations(@Nullable List<String> habilitations) {
    }

    /** One recorded change: who, when, what. */
    public record Evenement(Instant le, ActionAdministration action, @Nullable String objet, String acteurType,
            String acteurId) {
    }

    /** A guichet's page: the guichet, its agents, its API clients and the changes made to them, latest first. */
    public record FicheGuichet(Guichet guichet, boolean actif, List<LigneAgent> agents, List<LigneClientApi> clients,
            List<Evenement> journal) {

        public FicheGuichet {
            agents = List.copyOf(agents);
            clients = List.copyOf(clients);
            journal = List.copyOf(journal);
        }

        public String libelleType() {
            return TypeGuichet.libelleDe(guichet.type());
        }
    }

    /** The form creating a guichet; {@code territoire} is read only for the national administrator. */
    public record SaisieGuichet(@Nullable String code, @Nullable String nom, @Nullable String type,
            @Nullable String territoire, @Nullable String adresseLigne1, @Nullable String adresseLigne2,
            @Nullable String codePostal, @Nullable String commune, @Nullable String telephone) {
    }

    /** The form creating an agent's account. */
    public record SaisieAgent(@Nullable String identifiant, @Nullable String nom, @Nullable String courriel) {
    }

    /** The form creating an API client. */
    public record SaisieClientApi(@Nullable String clientId) {
    }

    /**
     * A password or a secret just generated, to be shown once (a flash attribute of the web session, never in a
     * URL) and never stored but as a bcrypt hash.
     *
     * @param nature      "password" of an agent or "secret" of an API client
     * @param identifiant the agent's login or the client id
     * @param valeur      the secret itself
     */
    public record SecretRevele(Nature nature, String identifiant, String valeur) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public enum Nature { MOT_DE_PASSE, SECRET_CLIENT }

        public boolean estMotDePasse() {
            return nature == Nature.MOT_DE_PASSE;
        }

        @Override
        public String toString() {
            return "SecretRevele[" + nature + ", " + identifiant + ", ***]";
        }
    }
}
