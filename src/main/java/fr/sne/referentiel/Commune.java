package fr.sne.referentiel;
import java.util.List;
import org.jspecify.annotations.Nullable;
public record Commune(String code, String nom, String type, String codeDepartement, String codeRegion,
                      List<String> codesPostaux, @Nullable String sirenEpci) {}
