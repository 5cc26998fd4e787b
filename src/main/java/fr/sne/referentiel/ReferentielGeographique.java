package fr.sne.referentiel;
import java.util.List;
import java.util.Optional;
public interface ReferentielGeographique {
    Optional<Commune> commune(String codeInsee);
    boolean estCodeAncien(String codeInsee);
    Optional<Departement> departement(String code);
    Optional<Epci> epci(String siren);
    List<Commune> communesDeEpci(String siren);
    Territoire territoireDeCommune(Commune commune);
    Optional<Territoire> territoire(String code);
}
