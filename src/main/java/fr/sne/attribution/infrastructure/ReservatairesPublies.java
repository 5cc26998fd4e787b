package fr.sne.attribution.infrastructure;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.sne.attribution.Reservataire;
import fr.sne.attribution.Reservataires;
import fr.sne.attribution.domaine.ReservataireInscrit;
import fr.sne.attribution.domaine.ReservataireRegistre;

/** The read API of the list of réservataires for the other parts of the registry ({@link Reservataires}). */
@Component
class ReservatairesPublies implements Reservataires {

    private final ReservataireRegistre registre;

    ReservatairesPublies(ReservataireRegistre registre) {
        this.registre = registre;
    }

    @Override
    public Optional<Reservataire> parId(long id) {
        return registre.parId(id).map(ReservatairesPublies::publie);
    }

    @Override
    public List<Reservataire> duTerritoire(String territoire) {
        return registre.duTerritoire(territoire).stream().map(ReservatairesPublies::publie).toList();
    }

    @Override
    public Optional<Reservataire> duGuichet(String codeGuichet) {
        return registre.reservataireDuGuichet(codeGuichet).flatMap(registre::parId).map(ReservatairesPublies::publie);
    }

    private static Reservataire publie(ReservataireInscrit r) {
        return new Reservataire(r.id(), r.categorie().name(), r.categorie().libelle(), r.categorie().contingent().name(),
                r.nom(), r.siren(), r.territoire(), r.guichets());
    }
}
