package fr.sne.referentiel;
import org.jspecify.annotations.Nullable;
public record Pays(String code, String nom, String nomOfficiel, @Nullable String iso2, boolean actuel) {}
