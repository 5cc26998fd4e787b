package fr.sne.demande.attestation;
public class GenerateurAttestation { public byte[] generer(DonneesAttestation d) { throw new UnsupportedOperationException(); } }
