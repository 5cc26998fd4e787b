package fr.sne.demande.domaine;

/** The accord collectif an attribution falls under (R441-2-9 CCH): intercommunal, departmental, or none. Sent by name. */
public enum AccordCollectif {
    ACI, ACD, AUCUN
}
