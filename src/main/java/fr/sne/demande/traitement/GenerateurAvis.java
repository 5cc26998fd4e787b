package fr.sne.demande.traitement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.document.PolicesDocument;
import fr.sne.commun.document.ProprietesDocument;

/**
 * Renewal notices (R441-2-7 CCH) as documents: a batch of letters of one guichet and day as one print-ready
 * accessible PDF (each letter on its own pages, template {@code documents/avis-renouvellement.html}), and the
 * e-mail text of one notice (template {@code documents/avis-renouvellement-courriel.txt}). The legal wording is
 * in the templates. Deterministic: the same letters give the same bytes.
 */
@Component
public class GenerateurAvis {

    static final String MODELE = "avis-renouvellement";
    static final String AUTEUR = "SNE";
    static final String SUJET = "Article R441-2-7 du code de la construction et de l'habitation";
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final GenerateurPdf pdf;
    private final TemplateEngine texte;

    public GenerateurAvis(GenerateurPdf pdf) {
        this.pdf = pdf;
        ClassLoaderTemplateResolver resolveur = new ClassLoaderTemplateResolver(GenerateurAvis.class.getClassLoader());
        resolveur.setPrefix("documents/");
        resolveur.setTemplateMode(TemplateMode.TEXT);
        resolveur.setCharacterEncoding("UTF-8");
        resolveur.setCacheable(true);
        this.texte = new TemplateEngine();
        this.texte.setTemplateResolver(resolveur);
    }

    /** The batch of letters of a guichet for a day, one letter per page range, in the order given. */
    public byte[] lot(String guichet, LocalDate jour, List<LettreAvis> lettres) {
        PolicesDocument polices = pdf.polices();
        List<LettreAvis> imprimables = lettres.stream().map(l -> imprimable(l, polices)).toList();
        ProprietesDocument proprietes = new ProprietesDocument(
                "Avis de renouvellement de demande de logement social — " + guichet + " — " + jj(jour), AUTEUR, SUJET,
                jour.atTime(LocalTime.NOON).atZone(HorlogeConfiguration.FUSEAU).toInstant(),
                MODELE + "/" + guichet + "/" + jour);
        return pdf.pdf(MODELE, Map.of("lettres", imprimables, "v", new Vue(jour)), proprietes);
    }

    /** The text of the notice e-mail: its subject on the first line, then its body. */
    public String courriel(LettreAvis lettre, LocalDate jour) {
        Context contexte = new Context(Locale.FRANCE, Map.of("l", lettre, "v", new Vue(jour)));
        return texte.process("avis-renouvellement-courriel.txt", contexte);
    }

    private static LettreAvis imprimable(LettreAvis l, PolicesDocument polices) {
        return new LettreAvis(polices.imprimable(l.numeroUnique()), polices.imprimable(l.destinataire()),
                l.adresse().stream().map(polices::imprimable).toList(), l.dateFinValidite(), l.dateRadiation(),
                polices.imprimable(l.guichet()), l.adresseGuichet().stream().map(polices::imprimable).toList());
    }

    static String jj(LocalDate date) {
        return date.format(JJ_MM_AAAA);
    }

    /** Formatting helpers for the templates. */
    public record Vue(LocalDate jour) {

        public String date(LocalDate date) {
            return jj(date);
        }

        public String emisLe() {
            return jj(jour);
        }
    }
}
