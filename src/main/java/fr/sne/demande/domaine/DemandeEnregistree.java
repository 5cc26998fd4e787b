package fr.sne.demande.domaine;

import java.time.Instant;
import java.time.LocalDate;

import fr.sne.commun.acteur.Acteur;

/**
 * A guichet registered a new demande (movement CRE). The numéro unique is not part of the event: the door
 * assigns it when it writes the demande, and {@link #numerotee} gives the demande as registered.
 *
 * @param guichet         the registering guichet (also the last part of the number)
 * @param acteur          who registered it, for that guichet
 * @param dateDepot       date of deposit: starts the ancienneté
 * @param dateFinValidite one year after the deposit (R441-2-7 CCH)
 */
public record DemandeEnregistree(String territoire, String guichet, Acteur acteur, Instant horodatage,
        LocalDate dateDepot, LocalDate dateFinValidite, ContenuValide contenu) implements EvenementDemande {

    @Override
    public TypeMouvement type() {
        return TypeMouvement.CRE;
    }

    /** The {@code MMYY} part of the number: the counter that numbers this demande. */
    public String moisAnnee() {
        return NumeroUnique.moisAnnee(dateDepot);
    }

    /** The demande as registered, once the door has given it its number: active, first version. */
    public Demande numerotee(NumeroUnique numero) {
        if (!numero.territoire().equals(territoire) || !numero.moisAnnee().equals(moisAnnee())
                || !numero.guichet().equals(guichet)) {
            throw new IllegalArgumentException("numéro " + numero + " étranger à cette demande");
        }
        return new Demande(numero, territoire, StatutDemande.ACTIVE, dateDepot, null, dateFinValidite, guichet,
                horodatage, horodatage, contenu.document(), null, null, null, null, 0);
    }
}
