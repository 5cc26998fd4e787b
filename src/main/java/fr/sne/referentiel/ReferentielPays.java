package fr.sne.referentiel;
import java.util.Optional;
public interface ReferentielPays {
    Optional<Pays> parCode(String codeCog);
    Optional<Pays> parNom(String nom);
    Optional<Pays> resoudre(String codeOuNom);
}
