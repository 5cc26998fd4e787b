package fr.sne.echanges.domaine;

/** The statuses of the demandes an export may hold. */
public enum EtatDemandeExportee {
    ACTIVE,
    RADIEE
}
