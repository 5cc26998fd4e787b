package fr.sne.attribution.infrastructure;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.sne.attribution.domaine.PositionQuartile;
import fr.sne.attribution.domaine.QuartileMenage;
import fr.sne.demande.DemandeLue;

/** No threshold known yet: the resources per UC and the first quartile (section 4 of issue 15) take this place. */
@Component
class QuartileMenageInconnu implements QuartileMenage {

    @Override
    public Optional<PositionQuartile> position(DemandeLue demande, String codeCommune, LocalDate jour) {
        return Optional.empty();
    }
}
