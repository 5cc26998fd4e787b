package fr.sne.guichet;
import java.util.Optional;
public interface Guichets { Optional<Guichet> parCode(String code); }
