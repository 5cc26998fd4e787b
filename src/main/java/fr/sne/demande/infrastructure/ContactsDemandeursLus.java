package fr.sne.demande.infrastructure;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.ContactsDemandeurs;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.application.port.Demandes;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.NumeroUnique;

/** {@link ContactsDemandeurs} read from the demande's content (rubric "contact" of the Cerfa). */
@Component
class ContactsDemandeursLus implements ContactsDemandeurs {

    private final Demandes demandes;
    private final VisibiliteDemandes visibilite;

    ContactsDemandeursLus(Demandes demandes, VisibiliteDemandes visibilite) {
        this.demandes = demandes;
        this.visibilite = visibilite;
    }

    @Override
    public Optional<Contact> contact(String numeroUnique, Acteur acteur) {
        if (!NumeroUnique.estBienForme(numeroUnique)
                || !visibilite.peutVoir(acteur, new NumeroUnique(numeroUnique))) {
            return Optional.empty();
        }
        return demandes.parNumero(numeroUnique).filter(d -> !d.donneesEffacees()).map(d -> {
            ContenuDemande.Contact c = d.contenu().contact();
            if (c == null) {
                return new Contact(null, null, false, false);
            }
            return new Contact(vide(c.email()), vide(c.telephone()), Boolean.TRUE.equals(c.consentementEmail()),
                    Boolean.TRUE.equals(c.consentementSms()));
        });
    }

    private static @org.jspecify.annotations.Nullable String vide(@org.jspecify.annotations.Nullable String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }
}
