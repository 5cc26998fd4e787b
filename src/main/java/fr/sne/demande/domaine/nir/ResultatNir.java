package fr.sne.demande.domaine.nir;
public sealed interface ResultatNir { record Valide(Nir nir) implements ResultatNir {} record Invalide(String code, String message) implements ResultatNir {} }
