package fr.sne.guichet;
import java.util.List;
import org.jspecify.annotations.Nullable;
public record Guichet(String code, String nom, String type, String territoire, List<String> adresse, @Nullable String telephone) {}
