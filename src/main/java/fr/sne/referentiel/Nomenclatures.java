package fr.sne.referentiel;
import java.util.Map;
import java.util.Optional;
public interface Nomenclatures {
    boolean contient(String liste, String code);
    Optional<String> libelle(String liste, String code);
    Map<String, String> liste(String liste);
}
