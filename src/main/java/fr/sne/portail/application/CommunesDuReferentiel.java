package fr.sne.portail.application;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import fr.sne.commun.NormalisationTexte;
import fr.sne.portail.domaine.Communes;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.ReferentielGeographique;

/** {@link Communes} by the geographic referential: a current commune's name, its postal code telling homonyms apart. */
@Component
class CommunesDuReferentiel implements Communes {

    private static final Pattern NOM_PUIS_CODE_POSTAL = Pattern.compile("^(.*?)[\\s,(]*([0-9][0-9AB][0-9]{3})\\)?$");

    private final ReferentielGeographique geographie;

    CommunesDuReferentiel(ReferentielGeographique geographie) {
        this.geographie = geographie;
    }

    @Override
    public Resolution adresse(String nom, String codePostal) {
        return choisir(memeNom(nom), codePostal.isBlank() ? null : codePostal.strip());
    }

    @Override
    public Resolution souhaitee(String saisie) {
        Matcher m = NOM_PUIS_CODE_POSTAL.matcher(saisie.strip());
        if (m.matches() && !m.group(1).isBlank()) {
            return choisir(memeNom(m.group(1)), m.group(2));
        }
        return choisir(memeNom(saisie), null);
    }

    @Override
    public Optional<String> libelle(String code, boolean avecCodePostal) {
        return geographie.commune(code).map(c -> avecCodePostal && !c.codesPostaux().isEmpty()
                ? c.nom() + " " + c.codesPostaux().getFirst() : c.nom());
    }

    private List<Commune> memeNom(String nom) {
        String cle = NormalisationTexte.ascii(nom.strip());
        if (cle.isEmpty()) {
            return List.of();
        }
        return geographie.rechercherCommunes(nom.strip(), null, 100).stream()
                .filter(c -> Commune.TYPE_COMMUNE_ACTUELLE.equals(c.type()))
                .filter(c -> NormalisationTexte.ascii(c.nom()).equals(cle)).toList();
    }

    private static Resolution choisir(List<Commune> communes, @org.jspecify.annotations.Nullable String codePostal) {
        List<Commune> retenues = codePostal == null ? communes
                : communes.stream().filter(c -> c.codesPostaux().contains(codePostal)).toList();
        if (retenues.size() == 1) {
            return new Trouvee(retenues.getFirst().code());
        }
        return retenues.isEmpty() ? new Inconnue() : new Ambigue();
    }
}
