package fr.sne.demande.domaine;

/**
 * How a warning before a radiation c or d was sent: a means that proves its delivery (L441-2-1 CCH), registered
 * letter with acknowledgement of receipt or another proof of delivery. Sent and journaled by name.
 */
public enum CanalAvertissement {
    LRAR,
    AUTRE_PREUVE_DEPOT
}
