package fr.sne.guichet.administration;

/** What an administrator changed, as {@code journal_administration.action} records it. */
public enum ActionAdministration {

    GUICHET_CREE("Guichet créé"),
    GUICHET_DESACTIVE("Guichet désactivé"),
    GUICHET_REACTIVE("Guichet réactivé"),
    AGENT_CREE("Compte d'agent créé"),
    AGENT_DESACTIVE("Compte d'agent désactivé"),
    AGENT_REACTIVE("Compte d'agent réactivé"),
    CLIENT_CREE("Client de l'API créé"),
    CLIENT_REVOQUE("Client de l'API révoqué"),
    SECRET_RENOUVELE("Secret du client de l'API renouvelé"),
    HABILITATION_ACCORDEE("Habilitation accordée au client de l'API"),
    HABILITATION_RETIREE("Habilitation retirée au client de l'API"),
    PROFIL_ACCORDE("Profil accordé à l'agent"),
    PROFIL_RETIRE("Profil retiré à l'agent");

    private final String libelle;

    ActionAdministration(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
