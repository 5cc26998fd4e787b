package fr.sne.demande.attestation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

import fr.sne.demande.attestation.DonneesAttestation.Organisme;
import fr.sne.demande.attestation.DonneesAttestation.Personne;

/**
 * Builds the PDF attestation d'enregistrement (article R441-2-4 CCH) with PDFBox, standard fonts only.
 * Deterministic: the same {@link DonneesAttestation} always gives the same bytes (dates come from the record,
 * the PDF file identifier is derived from the content).
 */
@Component
public class GenerateurAttestation {

    static final String TITRE = "Attestation d'enregistrement de demande de logement social";
    static final String AUTEUR = "SNE";
    static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");
    static final String PORTAIL = "www.demande-logement-social.gouv.fr";
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public byte[] generer(DonneesAttestation d) {
        try (PDDocument document = new PDDocument()) {
            metadonnees(document, d);
            MiseEnPage p = new MiseEnPage(document);
            entete(p, d);
            demandeurs(p, d);
            serviceEnregistreur(p, d);
            votreDemande(p, d);
            bailleurs(p, d);
            dalo(p, d);
            validite(p, d);
            suivi(p, d);
            p.nouvellePage();
            annexeRecapitulatif(p, d);
            p.nouvellePage();
            annexePieces(p);
            p.terminer("Attestation d'enregistrement \u2014 numéro unique " + d.numeroUnique());

            ByteArrayOutputStream sortie = new ByteArrayOutputStream(32_768);
            document.save(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Génération de l'attestation impossible", e);
        }
    }

    // ------------------------------------------------------------------ document

    private static void metadonnees(PDDocument document, DonneesAttestation d) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TexteWinAnsi.sur(TITRE + " \u2014 " + d.numeroUnique()));
        info.setAuthor(AUTEUR);
        info.setSubject("Article R441-2-4 du code de la construction et de l'habitation");
        info.setCreator("SNE");
        info.setProducer("SNE (Apache PDFBox)");
        GregorianCalendar creation = GregorianCalendar.from(ZonedDateTime.ofInstant(d.genereLe(), FUSEAU));
        info.setCreationDate(creation);
        info.setModificationDate(creation);
        document.getDocumentCatalog().setLanguage("fr-FR");
        // Fixed file identifier derived from the content: without it the writer would use the current time.
        byte[] id = Arrays.copyOf(empreinte(d.toString()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] empreinte(String texte) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ first page

    private static void entete(MiseEnPage p, DonneesAttestation d) {
        p.paragraphe("Système national d'enregistrement de la demande de logement social \u2014 "
                + "articles L441-2-1 et R441-2-4 du code de la construction et de l'habitation", p.note, 0);
        p.espace(8);
        // balanced on two lines: "Attestation d'enregistrement" / "de demande de logement social"
        p.paragraphe(TITRE.replace("enregistrement de", "enregistrement\nde"),
                new MiseEnPage.Style(p.grasse, 18, MiseEnPage.TEXTE), 0);
        p.espace(10);
        p.encadre("Votre numéro unique d'enregistrement", d.numeroUnique(), "Délivrée le " + date(d.genereLe()));
        p.paragraphe("Territoire : " + d.territoireLibelle() + ". Conservez cette attestation : elle prouve que "
                + "votre demande est enregistrée. Rappelez votre numéro unique dans toutes vos démarches.", p.note, 0);
    }

    // ------------------------------------------------------------------ sections 1 to 7

    private static void demandeurs(MiseEnPage p, DonneesAttestation d) {
        p.titreSection(d.coDemandeurs().isEmpty() ? "1. Demandeur" : "1. Demandeur et co-demandeurs");
        personne(p, "Demandeur", d.demandeur());
        int i = 1;
        for (Personne co : d.coDemandeurs()) {
            p.espace(3);
            personne(p, d.coDemandeurs().size() == 1 ? "Co-demandeur" : "Co-demandeur n\u00B0" + i++, co);
        }
    }

    private static void personne(MiseEnPage p, String role, Personne personne) {
        p.libelleValeur(role, (personne.civilite() + " " + personne.prenoms() + " " + personne.nom()).trim(),
                p.corpsGras);
        p.libelleValeur("Nom", personne.nom());
        p.libelleValeur("Prénom(s)", personne.prenoms());
        p.libelleValeur("Adresse", lignes(personne.adresse(), "Non renseignée"));
    }

    private static void serviceEnregistreur(MiseEnPage p, DonneesAttestation d) {
        p.titreSection("2. Service qui a enregistré votre demande");
        Organisme g = d.guichet();
        p.libelleValeur("Service enregistreur", g.nom(), p.corpsGras);
        p.libelleValeur("Adresse", lignes(g.adresse(), "Non renseignée"));
        if (g.telephone() != null && !g.telephone().isBlank()) {
            p.libelleValeur("Téléphone", g.telephone());
        }
    }

    private static void votreDemande(MiseEnPage p, DonneesAttestation d) {
        p.titreSection("3. Votre demande");
        p.libelleValeur("Numéro unique", d.numeroUnique(), p.corpsGras);
        p.libelleValeur("Date de dépôt", date(d.dateDepot())
                + " \u2014 votre ancienneté court à partir de cette date et reste acquise lors des renouvellements.");
        p.libelleValeur("Dernier renouvellement", d.dateDernierRenouvellement() == null
                ? "Aucun (première année de validité)"
                : date(d.dateDernierRenouvellement()));
        p.libelleValeur("Valable jusqu'au", date(d.dateFinValidite()), p.corpsGras);
        p.libelleValeur("Territoire", d.territoireLibelle());
        p.libelleValeur("Personnes à loger", String.valueOf(d.nombrePersonnes()));
        p.libelleValeur("Types de logement", d.typesLogement().isEmpty() ? "Non précisé" : String.join(", ", d.typesLogement()));
        p.libelleValeur("Demande élargie", d.demandeElargie()
                ? "Oui : vous acceptez aussi les communes et quartiers proches de ceux demandés."
                : "Non : seules les communes demandées sont retenues.");
        p.sousTitre("Communes souhaitées, par ordre de préférence (" + d.communesSouhaitees().size() + ")");
        if (d.communesSouhaitees().isEmpty()) {
            p.paragraphe("Aucune commune précisée.");
        }
        p.listeNumerotee(d.communesSouhaitees(), 8);
    }

    private static void bailleurs(MiseEnPage p, DonneesAttestation d) {
        p.titreSection("4. Bailleurs disposant de logements dans les communes demandées");
        if (d.bailleurs().isEmpty()) {
            p.paragraphe("Aucun bailleur social n'est connu à ce jour dans les communes que vous avez demandées. "
                    + "Vous pouvez élargir votre demande ou choisir d'autres communes auprès d'un guichet "
                    + "enregistreur ou sur le portail " + PORTAIL + ".");
            return;
        }
        p.paragraphe("Les organismes suivants possèdent des logements sociaux dans au moins une des communes "
                + "demandées. Ils peuvent consulter votre demande ; il est inutile de déposer une demande auprès de "
                + "chacun d'eux.");
        for (Organisme b : d.bailleurs()) {
            StringBuilder texte = new StringBuilder(b.nom());
            if (!b.adresse().isEmpty()) {
                texte.append(" \u2014 ").append(String.join(", ", b.adresse()));
            }
            if (b.telephone() != null && !b.telephone().isBlank()) {
                texte.append(" \u2014 tél. ").append(b.telephone());
            }
            p.puce("\u2022", texte.toString(), 8);
        }
    }

    private static void dalo(MiseEnPage p, DonneesAttestation d) {
        p.titreSection("5. Droit au logement opposable (DALO)");
        p.paragraphe("Vous pouvez saisir la commission de médiation de votre département, qui peut reconnaître "
                + "votre demande comme prioritaire et urgente, notamment si vous êtes de bonne foi et dans l'une des "
                + "situations suivantes :");
        p.puces(List.of(
                "vous n'avez pas de logement ;",
                "vous êtes menacé(e) d'expulsion sans solution de relogement ;",
                "vous êtes hébergé(e) dans une structure d'hébergement, ou logé(e) dans un logement temporaire, "
                        + "de transition ou un logement-foyer ;",
                "vous habitez des locaux qui ne sont pas faits pour être habités, ou un logement insalubre ou "
                        + "dangereux ;",
                "vous habitez un logement non décent ou sur-occupé, avec au moins un enfant mineur ou une personne "
                        + "handicapée ;",
                "vous n'avez reçu aucune proposition adaptée à vos besoins à l'issue du délai anormalement long "
                        + "fixé pour votre département."));
        p.espace(2);
        p.libelleValeur("Délai anormalement long", "Au titre de ce délai, vous pourrez saisir la commission "
                + "à partir du " + date(d.dateSaisineDalo()) + " si vous n'avez reçu aucune proposition adaptée.",
                p.corpsGras);
        p.libelleValeur("Adresse de la commission", d.commissionDaloAdresse());
    }

    private static void validite(MiseEnPage p, DonneesAttestation d) {
        p.titreSection("6. Validité, renouvellement et radiation");
        p.paragraphe("Votre demande est valable un an à compter de son dépôt ou de son dernier renouvellement, "
                + "soit jusqu'au " + date(d.dateFinValidite()) + ". Pour la garder active, renouvelez-la chaque année "
                + "avant cette date. Un avis vous rappellera la date de fin de validité au moins un mois avant "
                + "l'échéance.");
        p.paragraphe("Le renouvellement se fait en ligne sur " + PORTAIL + " ou auprès de n'importe quel guichet "
                + "enregistreur. Il conserve votre numéro unique et votre date de dépôt. Signalez aussi, à tout "
                + "moment, les changements de votre situation (adresse, famille, ressources).");
        p.sousTitre("Votre demande sera radiée (supprimée de la liste des demandes actives) :");
        p.puces(List.of(
                "lorsque vous signez le bail d'un logement qui vous a été attribué ;",
                "si vous renoncez par écrit à votre demande ;",
                "si vous ne répondez pas à un courrier envoyé à votre dernière adresse connue, après un avertissement ;",
                "si elle est déclarée irrecevable par une commission d'attribution parce que les conditions légales "
                        + "d'accès ne sont pas remplies, après un avertissement ;",
                "si vous ne la renouvelez pas avant la fin de sa validité."));
        p.paragraphe("Après une radiation, les informations de la demande sont conservées pendant un an, puis "
                + "supprimées.", p.note, 0);
    }

    private static void suivi(MiseEnPage p, DonneesAttestation d) {
        p.titreSection("7. Suivre votre demande");
        p.paragraphe("Vous pouvez consulter, compléter et mettre à jour votre demande, et suivre son avancement :");
        p.puces(List.of(
                "en ligne, sur le portail de la demande de logement social " + PORTAIL + " ;",
                "auprès de n'importe quel guichet enregistreur du territoire, dont le service qui a enregistré "
                        + "votre demande (" + d.guichet().nom() + ")."));
        p.libelleValeur("Numéro à rappeler", d.numeroUnique(), p.corpsGras);
    }

    // ------------------------------------------------------------------ annexes

    private static void annexeRecapitulatif(MiseEnPage p, DonneesAttestation d) {
        p.titreSection("Annexe 1 \u2014 Récapitulatif de votre demande et prochaines étapes");
        p.sousTitre("Récapitulatif");
        List<String> personnes = new ArrayList<>();
        personnes.add(nomComplet(d.demandeur()));
        d.coDemandeurs().forEach(c -> personnes.add(nomComplet(c)));
        p.libelleValeur(personnes.size() == 1 ? "Demandeur" : "Demandeurs", String.join("\n", personnes));
        p.libelleValeur("Numéro unique", d.numeroUnique(), p.corpsGras);
        p.libelleValeur("Date de dépôt", date(d.dateDepot()));
        p.libelleValeur("Valable jusqu'au", date(d.dateFinValidite()));
        p.libelleValeur("Territoire", d.territoireLibelle());
        p.libelleValeur("Personnes à loger", String.valueOf(d.nombrePersonnes()));
        p.libelleValeur("Types de logement", d.typesLogement().isEmpty() ? "Non précisé" : String.join(", ", d.typesLogement()));
        p.libelleValeur("Communes souhaitées", d.communesSouhaitees().isEmpty()
                ? "Aucune" : String.join(" ; ", d.communesSouhaitees()));
        p.libelleValeur("Demande élargie", d.demandeElargie() ? "Oui" : "Non");

        p.sousTitre("Prochaines étapes");
        p.listeNumerotee(List.of("Complétez votre dossier en déposant les pièces justificatives (voir l'annexe 2), en ligne ou "
                + "auprès d'un guichet. Une pièce déposée une fois sert pour tous les bailleurs : inutile de la "
                + "fournir à nouveau tant qu'elle reste valable.",
                "Tenez votre demande à jour : signalez tout changement d'adresse, de situation familiale ou "
                + "professionnelle et de ressources.",
                "Lorsqu'un logement vous est proposé, votre dossier est examiné par la commission "
                + "d'attribution du bailleur, qui vous informe de sa décision.",
                "Renouvelez votre demande avant le " + date(d.dateFinValidite())
                + ", puis chaque année, pour ne pas perdre votre ancienneté."), 8);
    }

    private static void annexePieces(MiseEnPage p) {
        p.titreSection("Annexe 2 \u2014 Pièces justificatives");
        p.paragraphe("La liste des pièces qui peuvent vous être demandées est limitative : elle est fixée par "
                + "arrêté ministériel. Le résumé ci-dessous suit la structure de l'arrêté du 19 avril 2022 ; seul le "
                + "texte de l'arrêté en vigueur fait foi. Des copies suffisent.", p.note, 0);
        p.espace(2);
        p.sousTitre("I. Pièces obligatoires");
        p.paragraphe("A. Pour enregistrer la demande (aucune autre pièce ne peut être exigée à ce stade) :",
                p.corpsGras, 0);
        p.puces(List.of(
                "une pièce d'identité du demandeur et, le cas échéant, du co-demandeur (carte d'identité ou "
                        + "passeport) ;",
                "pour une personne de nationalité étrangère, un titre de séjour en cours de validité ou un "
                        + "document prouvant le séjour régulier en France."));
        p.espace(2);
        p.paragraphe("B. Pour instruire la demande (avant l'examen par une commission d'attribution) :",
                p.corpsGras, 0);
        p.puces(List.of(
                "l'avis d'imposition ou de non-imposition de l'avant-dernière année (N-2) de chaque personne "
                        + "appelée à vivre dans le logement, et celui de l'année précédente (N-1) si nécessaire ;",
                "les pièces d'identité ou de séjour des autres personnes à loger."));
        p.sousTitre("II. Pièces complémentaires que le service instructeur peut demander");
        p.paragraphe("Selon votre situation, pour vérifier ce que vous avez déclaré :", p.corps, 0);
        p.puces(List.of(
                "ressources : bulletins de salaire, justificatifs de prestations sociales et familiales, de pensions, "
                        + "d'indemnités de chômage, bilan pour une activité non salariée ;",
                "situation familiale et professionnelle : livret de famille, justificatif de grossesse, de "
                        + "séparation ou de divorce, de pacs, de garde d'enfants, contrat de travail ou attestation "
                        + "d'employeur ;",
                "logement actuel : bail et quittance, attestation d'hébergement, décision d'expulsion, document "
                        + "établissant l'insalubrité, la dangerosité ou l'indécence du logement ;",
                "handicap ou perte d'autonomie : justificatif de reconnaissance du handicap ou carte mobilité "
                        + "inclusion, lorsque cela motive la demande ou le type de logement."));
    }

    // ------------------------------------------------------------------ helpers

    private static String nomComplet(Personne personne) {
        return (personne.civilite() + " " + personne.prenoms() + " " + personne.nom()).trim();
    }

    private static String lignes(List<String> lignes, String siVide) {
        return lignes.isEmpty() ? siVide : String.join("\n", lignes);
    }

    static String date(LocalDate date) {
        return JJ_MM_AAAA.format(date);
    }

    static String date(java.time.Instant instant) {
        return JJ_MM_AAAA.format(instant.atZone(FUSEAU));
    }
}
