package fr.sne.commun.formulaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;

/**
 * The fragments of {@code templates/pro/formulaire.html} as a page gets them: a field in error is marked and tied
 * to its message by aria-describedby, a radio group is named by its legend and its message, the summary links to
 * the fields. (The pages themselves are walked with axe by the browser journeys.)
 */
class FragmentsFormulaireTest {

    private static final Formulaire FORMULAIRE = Formulaire.de("formulaire-x", "attribution.contingent",
            "Contingent", "motif", "Motif");

    private final SpringTemplateEngine moteur = moteur();

    private static SpringTemplateEngine moteur() {
        ClassLoaderTemplateResolver fichiers = new ClassLoaderTemplateResolver();
        fichiers.setPrefix("templates/");
        fichiers.setSuffix(".html");
        fichiers.setTemplateMode(TemplateMode.HTML);
        fichiers.setCheckExistence(true);
        fichiers.setOrder(1);
        StringTemplateResolver chaines = new StringTemplateResolver();
        chaines.setOrder(2);
        SpringTemplateEngine moteur = new SpringTemplateEngine();
        moteur.addTemplateResolver(fichiers);
        moteur.addTemplateResolver(chaines);
        // links from the application's root, as in a web context whose root is "/"
        moteur.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext contexte, String base, Map<String, Object> parametres) {
                return "";
            }
        });
        return moteur;
    }

    private String rendre(String gabarit, ErreursFormulaire erreurs, Map<String, Object> variables) {
        Context contexte = new Context();
        contexte.setVariable("erreurs", erreurs);
        variables.forEach(contexte::setVariable);
        return moteur.process(gabarit, contexte).replaceAll("\\s+", " ");
    }

    @Test
    void un_champ_en_erreur_est_marque_et_decrit_par_son_message() {
        ErreursFormulaire erreurs = FORMULAIRE.erreurs(List.of(ErreurChamp.de("attribution.contingent",
                CodeMotif.OBLIGATOIRE)));
        String html = rendre("<div th:replace=\"~{pro/formulaire :: champ(nom='attribution.contingent', "
                + "libelle='Contingent', indice='Aide', valeur='X<')}\"></div>", erreurs, Map.of());

        assertThat(html).contains("class=\"fr-input-group fr-input-group--error\"",
                "<label class=\"fr-label\" for=\"attribution-contingent\">Contingent",
                "<span class=\"fr-hint-text\">Aide</span>", "type=\"text\"", "name=\"attribution.contingent\"",
                "value=\"X&lt;\"", "aria-describedby=\"attribution-contingent-messages\"",
                "id=\"attribution-contingent-messages\"",
                "id=\"attribution-contingent-erreur\">" + CodeMotif.OBLIGATOIRE.message() + "</p>");
    }

    @Test
    void un_champ_sans_erreur_n_a_pas_de_message() {
        String html = rendre("<div th:replace=\"~{pro/formulaire :: date(nom='motif', libelle='Le')}\"></div>",
                ErreursFormulaire.AUCUNE, Map.of());

        assertThat(html).contains("type=\"date\"", "id=\"motif-messages\"").doesNotContain("--error", "motif-erreur",
                "fr-hint-text");
    }

    @Test
    void un_groupe_de_boutons_radio_porte_l_id_du_champ_et_est_nomme_par_sa_legende_et_son_message() {
        ErreursFormulaire erreurs = FORMULAIRE.erreurs(List.of(ErreurChamp.de("motif", CodeMotif.OBLIGATOIRE)));
        String html = rendre("<fieldset th:replace=\"~{pro/formulaire :: radios(nom='motif', legende='Motif', "
                + "options=${choix}, valeur='c')}\"></fieldset>", erreurs, Map.of("choix", List.of(
                        Option.de("c", "Absence de réponse"), new Option("f", "Fusion", "par le gestionnaire", true))));

        assertThat(html).contains("id=\"motif\"", "fr-fieldset--error", "aria-labelledby=\"motif-legende motif-messages\"",
                "id=\"motif-c\" value=\"c\" checked=\"checked\"", "id=\"motif-f\" value=\"f\" disabled=\"disabled\"",
                "<label class=\"fr-label\" for=\"motif-f\">Fusion <span class=\"fr-hint-text\">par le gestionnaire</span>",
                "id=\"motif-erreur\"");
    }

    @Test
    void le_resume_des_erreurs_est_une_alerte_qui_lie_chaque_champ() {
        ErreursFormulaire erreurs = FORMULAIRE.erreurs(List.of(ErreurChamp.de("attribution.contingent",
                CodeMotif.OBLIGATOIRE), new ErreurChamp("autre", CodeMotif.FORMAT_INVALIDE, "Autre chose.")));
        String sansTitre = rendre("<div th:replace=\"~{pro/formulaire :: resume-erreurs}\"></div>", erreurs, Map.of());
        String avecTitre = rendre("<div th:replace=\"~{pro/formulaire :: resume-erreurs(titre='Refusé')}\"></div>",
                erreurs, Map.of());

        assertThat(sansTitre).contains("id=\"resume-erreurs\" tabindex=\"-1\" role=\"alert\"",
                ">Le formulaire contient 2 erreurs</h2>",
                "<a href=\"#attribution-contingent\">Contingent : " + CodeMotif.OBLIGATOIRE.message() + "</a>",
                "<a href=\"#formulaire-x\">Autre chose.</a>");
        assertThat(avecTitre).contains(">Refusé</h2>");
        assertThat(rendre("<div th:replace=\"~{pro/formulaire :: resume-erreurs}\"></div>", ErreursFormulaire.AUCUNE,
                Map.of())).doesNotContain("resume-erreurs");
    }

    @Test
    void la_confirmation_est_une_case_jamais_cochee_d_avance() {
        ErreursFormulaire erreurs = FORMULAIRE.erreurs(List.of());
        String html = rendre("<fieldset th:replace=\"~{pro/formulaire :: confirmation(texte='Je confirme.')}\">"
                + "</fieldset>", erreurs, Map.of());

        assertThat(html).contains("<legend class=\"fr-fieldset__legend\" id=\"legende-confirmation\">Confirmation",
                "type=\"checkbox\" id=\"confirmation\" name=\"confirmation\" value=\"oui\"",
                "aria-describedby=\"confirmation-messages\"", "Je confirme.").doesNotContain("checked");
    }

    @Test
    void une_zone_de_texte_et_une_commune_avec_suggestions_sont_des_champs_du_kit() {
        ErreursFormulaire erreurs = new FormulaireEnEtapes("formulaire-etape", champ -> new FormulaireEnEtapes.Place(
                "Commune", champ, null)).erreurs(List.of(new ErreurChamp("communes[1]", "COMMUNE_INCONNUE",
                        "Aucune commune.")));
        String zone = rendre("<div th:replace=\"~{pro/formulaire :: zone(nom='precisions', libelle='Précisions', "
                + "valeur='a<b')}\"></div>", erreurs, Map.of());
        String commune = rendre("<div th:replace=\"~{pro/formulaire :: commune(nom='communes[1]', libelle='Commune', "
                + "indice='Nom ou code INSEE', valeur='Lille', perimetre='territoire')}\"></div>", erreurs, Map.of());

        assertThat(zone).contains("<textarea class=\"fr-input\" id=\"precisions\" name=\"precisions\" rows=\"4\"",
                "aria-describedby=\"precisions-messages\">a&lt;b</textarea>").doesNotContain("--error");
        assertThat(commune).contains("class=\"fr-input-group fr-input-group--error sne-champ-suggestions\"",
                "id=\"communes-1\" name=\"communes[1]\" value=\"Lille\"", "autocomplete=\"off\"",
                "spellcheck=\"false\"", "data-sne-commune=\"territoire\"",
                "id=\"communes-1-erreur\">Aucune commune.</p>");
        assertThat(rendre("<div th:replace=\"~{pro/formulaire :: champ(nom='x', libelle='X')}\"></div>",
                ErreursFormulaire.AUCUNE, Map.of())).doesNotContain("data-sne-commune", "sne-champ-suggestions");
    }

    @Test
    void le_resume_d_un_formulaire_en_etapes_lie_un_champ_d_une_autre_page() {
        ErreursFormulaire erreurs = new FormulaireEnEtapes("formulaire-etape", champ -> champ.startsWith("a")
                ? new FormulaireEnEtapes.Place("Ici", champ, null)
                : new FormulaireEnEtapes.Place("Étape 1, Là", champ, "/brouillon/etapes/un?verifier"))
                .erreurs(List.of(new ErreurChamp("a.b", "OBLIGATOIRE", "Requis."),
                        new ErreurChamp("z[0]", "OBLIGATOIRE", "Requis.")));
        String html = rendre("<div th:replace=\"~{pro/formulaire :: resume-erreurs}\"></div>", erreurs, Map.of());

        assertThat(html).contains("<a href=\"#a-b\">Ici : Requis.</a>",
                "<a href=\"/brouillon/etapes/un?verifier#z-0\">Étape 1, Là : Requis.</a>");
    }

    @Test
    void l_entete_donne_le_fil_d_ariane_jusqu_a_la_page_et_son_titre() {
        String html = rendre("<th:block th:replace=\"~{pro/formulaire :: entete(titre='Séance du 02/03', "
                + "fil=${ {'/pro/logements?annee=' + annee, 'Logements', '/pro/commissions', 'Commissions'} }, "
                + "chapeau='Les candidats.')}\"></th:block>", ErreursFormulaire.AUCUNE, Map.of("annee", 2026));
        String seul = rendre("<th:block th:replace=\"~{pro/formulaire :: entete(titre='Mixité', page='Mixité des "
                + "attributions', classe='fr-h2')}\"></th:block>", ErreursFormulaire.AUCUNE, Map.of());

        assertThat(html).contains("<nav role=\"navigation\" class=\"fr-breadcrumb\" aria-label=\"vous êtes ici :\">",
                "<li><a class=\"fr-breadcrumb__link\" href=\"/pro/logements?annee=2026\">Logements</a></li> "
                        + "<li><a class=\"fr-breadcrumb__link\" href=\"/pro/commissions\">Commissions</a></li> "
                        + "<li><a class=\"fr-breadcrumb__link\" aria-current=\"page\">Séance du 02/03</a></li>",
                "<h1>Séance du 02/03</h1>", "<p class=\"fr-text--lead\">Les candidats.</p>");
        assertThat(seul).contains("aria-current=\"page\">Mixité des attributions</a>", "<h1 class=\"fr-h2\">Mixité</h1>")
                .doesNotContain("fr-text--lead");
        assertThat(seul.split("fr-breadcrumb__link\"").length - 1).as("Accueil and the page only").isEqualTo(2);
        String avecEtat = rendre("<th:block th:replace=\"~{pro/formulaire :: entete(titre='Demande', avant=~{::etat})}\">"
                + "<p th:ref=\"etat\" id=\"etat\">Active</p></th:block>", ErreursFormulaire.AUCUNE, Map.of());
        assertThat(avecEtat).containsSubsequence("</nav>", "<p id=\"etat\">Active</p>", "<h1>Demande</h1>");
    }

    @Test
    void chaque_ligne_d_un_groupe_repete_est_un_groupe_nomme_par_sa_legende_qui_porte_les_champs_de_la_page() {
        String html = rendre("<th:block th:each=\"i : ${lignes}\"><fieldset th:replace=\"~{pro/formulaire :: groupe("
                + "id=|personne-${i}|, legende=|Personne ${i + 1}|, champs=~{::personne})}\"><div th:ref=\"personne\">"
                + "<div th:replace=\"~{pro/formulaire :: champ(nom=|personnes[${i}].nom|, libelle='Nom')}\"></div>"
                + "</div></fieldset></th:block><button th:replace=\"~{pro/formulaire :: ajouter(texte='Ajouter')}\">"
                + "</button>", ErreursFormulaire.AUCUNE, Map.of("lignes", List.of(0, 1)));

        assertThat(html).contains("<fieldset class=\"fr-fieldset\" id=\"personne-1\" aria-labelledby=\"personne-1-legende\">",
                "<legend class=\"fr-fieldset__legend\" id=\"personne-1-legende\">Personne 2</legend>",
                "id=\"personnes-0-nom\" name=\"personnes[0].nom\"", "id=\"personnes-1-nom\" name=\"personnes[1].nom\"",
                "<button type=\"submit\" name=\"action\" value=\"ajouter\"");
        assertThat(html.split("<fieldset").length - 1).isEqualTo(2);
    }
}
