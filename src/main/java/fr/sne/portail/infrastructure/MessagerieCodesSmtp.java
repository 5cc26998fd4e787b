package fr.sne.portail.infrastructure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.courriel.ExpediteurCourriels;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.document.PolicesDocument;
import fr.sne.commun.document.ProprietesDocument;
import fr.sne.commun.stockage.Stockage;
import fr.sne.portail.application.port.MessagerieCodes;

/**
 * {@link MessagerieCodes}: e-mails through the registry's one sender ({@link ExpediteurCourriels}),
 * letters as one print-ready accessible PDF per batch (template {@code documents/code-personnel.html}) in the store,
 * beside the renewal notices' batches.
 */
@Component
class MessagerieCodesSmtp implements MessagerieCodes {

    private final ExpediteurCourriels expediteur;
    private final GenerateurPdf pdf;
    private final Stockage stockage;

    MessagerieCodesSmtp(ExpediteurCourriels expediteur, GenerateurPdf pdf, Stockage stockage) {
        this.pdf = pdf;
        this.stockage = stockage;
        this.expediteur = expediteur;
    }

    @Override
    public void envoyerCourriel(String adresse, String objet, String texte) {
        expediteur.envoyer(adresse, objet, texte);
    }

    @Override
    public void ecrireLot(String cle, LocalDate jour, List<Lettre> lettres) {
        PolicesDocument polices = pdf.polices();
        List<Lettre> imprimables = lettres.stream().map(l -> new Lettre(polices.imprimable(l.destinataire()),
                l.adresse().stream().map(polices::imprimable).toList(), l.numeroUnique(), l.code())).toList();
        ProprietesDocument proprietes = new ProprietesDocument("Codes personnels de la demande de logement social — "
                + jour, "SNE", "Code personnel du portail du demandeur",
                jour.atTime(LocalTime.NOON).atZone(HorlogeConfiguration.FUSEAU).toInstant(), cle);
        stockage.ecrire(cle, pdf.pdf("code-personnel", Map.of("lettres", imprimables,
                "jour", jour.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), proprietes));
    }
}
