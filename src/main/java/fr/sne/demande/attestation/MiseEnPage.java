package fr.sne.demande.attestation;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * Minimal flowing layout on A4 pages: a vertical cursor, word wrap, automatic page breaks, and a footer pass
 * once the page count is known. All text goes through {@link TexteWinAnsi#sur(String)}.
 */
final class MiseEnPage {

    static final PDRectangle FORMAT = PDRectangle.A4;
    static final float MARGE_GAUCHE = 56;
    static final float MARGE_DROITE = 56;
    static final float MARGE_HAUT = 50;
    static final float LIMITE_BASSE = 70;
    static final float LARGEUR_LIBELLE = 150;

    static final Color BLEU = new Color(0, 0, 145);
    static final Color BLEU_CLAIR = new Color(236, 236, 254);
    static final Color TEXTE = new Color(30, 30, 30);
    static final Color GRIS = new Color(102, 102, 102);
    static final Color FILET = new Color(200, 200, 210);

    record Style(PDFont police, float taille, Color couleur) {
        float interligne() {
            return taille * 1.38f;
        }
    }

    final PDFont normale = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont grasse = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDFont italique = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    final Style corps = new Style(normale, 10, TEXTE);
    final Style corpsGras = new Style(grasse, 10, TEXTE);
    final Style libelle = new Style(grasse, 9.5f, GRIS);
    final Style note = new Style(italique, 9, GRIS);

    private final PDDocument document;
    private @Nullable PDPageContentStream flux;
    private float y;

    MiseEnPage(PDDocument document) {
        this.document = document;
        nouvellePage();
    }

    float largeurUtile() {
        return FORMAT.getWidth() - MARGE_GAUCHE - MARGE_DROITE;
    }

    float y() {
        return y;
    }

    // ------------------------------------------------------------------ pages

    void nouvellePage() {
        try {
            if (flux != null) {
                flux.close();
            }
            PDPage page = new PDPage(FORMAT);
            document.addPage(page);
            flux = new PDPageContentStream(document, page);
            y = FORMAT.getHeight() - MARGE_HAUT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code hauteur} points still fit above the bottom limit. */
    void garantir(float hauteur) {
        if (y - hauteur < LIMITE_BASSE) {
            nouvellePage();
        }
    }

    void espace(float hauteur) {
        y -= hauteur;
    }

    // ------------------------------------------------------------------ primitives

    float largeur(String texte, Style style) {
        try {
            return style.police().getStringWidth(texte) / 1000f * style.taille();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void ecrire(String texte, Style style, float x, float ligneDeBase) {
        try {
            flux.beginText();
            flux.setFont(style.police(), style.taille());
            flux.setNonStrokingColor(style.couleur());
            flux.newLineAtOffset(x, ligneDeBase);
            flux.showText(texte);
            flux.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rectangle(float x, float yBas, float l, float h, Color remplissage) {
        try {
            flux.setNonStrokingColor(remplissage);
            flux.addRect(x, yBas, l, h);
            flux.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void trait(float x1, float y1, float x2, float y2, Color couleur, float epaisseur) {
        try {
            flux.setStrokingColor(couleur);
            flux.setLineWidth(epaisseur);
            flux.moveTo(x1, y1);
            flux.lineTo(x2, y2);
            flux.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Word wrap; "\n" forces a line break; a word wider than the line is cut. Text is made WinAnsi-safe. */
    List<String> couper(String texte, Style style, float largeurMax) {
        List<String> lignes = new ArrayList<>();
        for (String brut : texte.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String paragraphe = TexteWinAnsi.sur(brut);
            StringBuilder ligne = new StringBuilder();
            for (String mot : mots(paragraphe)) {
                String candidat = ligne.isEmpty() ? mot : ligne + " " + mot;
                if (largeur(candidat, style) <= largeurMax) {
                    ligne.setLength(0);
                    ligne.append(candidat);
                    continue;
                }
                if (!ligne.isEmpty()) {
                    lignes.add(ligne.toString());
                    ligne.setLength(0);
                }
                String reste = mot;
                while (largeur(reste, style) > largeurMax) {
                    int coupure = reste.length() - 1;
                    while (coupure > 1 && largeur(reste.substring(0, coupure), style) > largeurMax) {
                        coupure--;
                    }
                    lignes.add(reste.substring(0, coupure));
                    reste = reste.substring(coupure);
                }
                ligne.append(reste);
            }
            lignes.add(ligne.toString());
        }
        return lignes;
    }

    /** Words of a paragraph; French high punctuation (; : ! ? ») stays glued to the previous word, « to the next. */
    private static List<String> mots(String paragraphe) {
        List<String> mots = new ArrayList<>();
        String enAttente = null;
        for (String mot : paragraphe.trim().split(" +")) {
            if (mot.isEmpty()) {
                continue;
            }
            if (enAttente != null) {
                mot = enAttente + " " + mot;
                enAttente = null;
            }
            if ("\u00AB".equals(mot)) {
                enAttente = mot;
            } else if (!mots.isEmpty() && mot.length() <= 2 && ";:!?\u00BB".indexOf(mot.charAt(0)) >= 0) {
                mots.set(mots.size() - 1, mots.getLast() + " " + mot);
            } else {
                mots.add(mot);
            }
        }
        if (enAttente != null) {
            mots.add(enAttente);
        }
        return mots;
    }

    // ------------------------------------------------------------------ blocks

    /** Wrapped paragraph starting at {@code retrait} from the left margin. */
    void paragraphe(String texte, Style style, float retrait) {
        float x = MARGE_GAUCHE + retrait;
        for (String ligne : couper(texte, style, largeurUtile() - retrait)) {
            garantir(style.interligne());
            y -= style.interligne();
            ecrire(ligne, style, x, y + style.interligne() - style.taille());
        }
    }

    void paragraphe(String texte) {
        paragraphe(texte, corps, 0);
        espace(3);
    }

    /** Bullet (or number) item with hanging indent. */
    void puce(String marqueur, String texte, float retrait) {
        puce(marqueur, texte, retrait, largeur(TexteWinAnsi.sur(marqueur), corps));
    }

    /**
     * Item whose marker is right-aligned in a column of {@code largeurMarqueur} points, so that numbered items
     * ("9.", "10.") keep their text aligned.
     */
    void puce(String marqueur, String texte, float retrait, float largeurMarqueur) {
        String m = TexteWinAnsi.sur(marqueur);
        float colonne = Math.max(7, largeurMarqueur);
        float xTexte = MARGE_GAUCHE + retrait + colonne + 5;
        List<String> lignes = couper(texte, corps, MARGE_GAUCHE + largeurUtile() - xTexte);
        if (lignes.size() <= 4) {
            garantir(lignes.size() * corps.interligne()); // a short item is never split across pages
        }
        for (int i = 0; i < lignes.size(); i++) {
            garantir(corps.interligne());
            y -= corps.interligne();
            float base = y + corps.interligne() - corps.taille();
            if (i == 0) {
                ecrire(m, corps, MARGE_GAUCHE + retrait + colonne - largeur(m, corps), base);
            }
            ecrire(lignes.get(i), corps, xTexte, base);
        }
        espace(1.5f);
    }

    /** Numbered list "1." … "n." with aligned text. */
    void listeNumerotee(List<String> elements, float retrait) {
        float colonne = largeur(elements.size() + ".", corps);
        int rang = 1;
        for (String e : elements) {
            puce(rang++ + ".", e, retrait, colonne);
        }
    }

    void puces(List<String> elements) {
        for (String e : elements) {
            puce("\u2022", e, 8);
        }
    }

    /** Two columns: a grey bold label and a wrapped value; the two first lines are kept on the same page. */
    void libelleValeur(String libelleTexte, String valeur, Style styleValeur) {
        List<String> l = couper(libelleTexte, libelle, LARGEUR_LIBELLE - 10);
        List<String> v = couper(valeur, styleValeur, largeurUtile() - LARGEUR_LIBELLE);
        int n = Math.max(l.size(), v.size());
        float h = Math.max(libelle.interligne(), styleValeur.interligne());
        garantir(Math.min(n, 2) * h);
        for (int i = 0; i < n; i++) {
            garantir(h);
            y -= h;
            float base = y + h - styleValeur.taille();
            if (i < l.size()) {
                ecrire(l.get(i), libelle, MARGE_GAUCHE, base);
            }
            if (i < v.size()) {
                ecrire(v.get(i), styleValeur, MARGE_GAUCHE + LARGEUR_LIBELLE, base);
            }
        }
        espace(3);
    }

    void libelleValeur(String libelleTexte, String valeur) {
        libelleValeur(libelleTexte, valeur, corps);
    }

    /** Section heading: blue bold text over a thin blue rule; kept with the following lines. */
    void titreSection(String titre) {
        Style style = new Style(grasse, 12.5f, BLEU);
        espace(10);
        garantir(style.interligne() + 6 + 3 * corps.interligne());
        for (String ligne : couper(titre, style, largeurUtile())) {
            y -= style.interligne();
            ecrire(ligne, style, MARGE_GAUCHE, y + style.interligne() - style.taille());
        }
        y -= 4;
        trait(MARGE_GAUCHE, y, MARGE_GAUCHE + largeurUtile(), y, BLEU, 0.8f);
        y -= 5;
    }

    void sousTitre(String titre) {
        espace(4);
        garantir(corpsGras.interligne() + 2 * corps.interligne());
        paragraphe(titre, new Style(grasse, 10.5f, TEXTE), 0);
        espace(2);
    }

    /** Light blue box with a small label line and one large value line (e.g. the numéro unique). */
    void encadre(String petitTexte, String grandTexte, String texteDroite) {
        Style petit = new Style(normale, 9, BLEU);
        Style grand = new Style(grasse, 22, BLEU);
        float hauteur = 56;
        garantir(hauteur + 10);
        float bas = y - hauteur;
        rectangle(MARGE_GAUCHE, bas, largeurUtile(), hauteur, BLEU_CLAIR);
        rectangle(MARGE_GAUCHE, bas, 4, hauteur, BLEU);
        ecrire(TexteWinAnsi.sur(petitTexte), petit, MARGE_GAUCHE + 16, y - 17);
        ecrire(TexteWinAnsi.sur(grandTexte), grand, MARGE_GAUCHE + 16, bas + 12);
        String droite = TexteWinAnsi.sur(texteDroite);
        ecrire(droite, petit, MARGE_GAUCHE + largeurUtile() - 12 - largeur(droite, petit), y - 17);
        y = bas - 6;
    }

    // ------------------------------------------------------------------ end

    /**
     * Closes the last page and writes on every page a footer "left … page X / Y".
     *
     * @return the number of pages
     */
    int terminer(String piedGauche) {
        try {
            flux.close();
            int total = document.getNumberOfPages();
            Style pied = new Style(normale, 8, GRIS);
            String gauche = TexteWinAnsi.sur(piedGauche);
            for (int i = 0; i < total; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream f = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    flux = f;
                    float base = 34;
                    trait(MARGE_GAUCHE, base + 12, MARGE_GAUCHE + largeurUtile(), base + 12, FILET, 0.5f);
                    ecrire(gauche, pied, MARGE_GAUCHE, base);
                    String droite = "page " + (i + 1) + " / " + total;
                    ecrire(droite, pied, MARGE_GAUCHE + largeurUtile() - largeur(droite, pied), base);
                }
            }
            flux = null;
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
