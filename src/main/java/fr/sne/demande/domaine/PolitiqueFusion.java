package fr.sne.demande.domaine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;

/**
 * Two demandes of one person become one (motive f of R441-2-8 CCH): one is radiated, the other is kept. The
 * kept demande is another demande, active, and the two are a near-duplicate the actor confirms: an adult of the
 * one and an adult of the other are taken for the same person.
 * <p>
 * A near-duplicate is wider than the duplicate refused at registration (ADR 0002), since a merge exists for the
 * demandes that rule let through: a typo in a name, another territory. Two adults are taken for one person
 * ({@link Critere}):
 * <ul>
 * <li>both NIR known and equal ({@link Critere#MEME_NIR}); both known and different, they are two people
 * whatever their names, as in ADR 0002;</li>
 * <li>otherwise the duplicate rule of ADR 0002 itself ({@link Critere#MEME_IDENTITE}: same birth name, birth date,
 * first names one of which begins the other), as between two territories;</li>
 * <li>otherwise the same birth date and close names ({@link Critere#NAISSANCE_ET_NOMS_PROCHES}): the birth names'
 * keys at most one typo apart (a letter added, missing or changed, or two neighbours swapped), two for keys of
 * more than eight letters, or one name the first words of the other ("MARTIN" / "MARTIN DUPONT"); and the first
 * first names' keys at most one typo apart.</li>
 * </ul>
 * The rule proposes, the actor decides: he sees both identities and confirms the merge, which cannot be undone.
 */
public final class PolitiqueFusion {

    /** Keys longer than this many letters admit two typos instead of one. */
    private static final int LONGUEUR_DEUX_FAUTES = 8;

    private PolitiqueFusion() {
    }

    /** Why two adults are taken for the same person. */
    public enum Critere {
        /** Both NIR are known and equal. */
        MEME_NIR,
        /** The duplicate rule of registration (ADR 0002): same birth name, birth date, and first names. */
        MEME_IDENTITE,
        /** Same birth date, birth names and first first names close (a typo apart). */
        NAISSANCE_ET_NOMS_PROCHES
    }

    /**
     * The adults taken for one person: their ranks in each demande (0 the demandeur, then the co-demandeurs in
     * order) and why.
     */
    public record Rapprochement(Critere critere, int rangFusionnee, int rangConservee) {
    }

    /**
     * Whether the merge of {@code fusionnee} into {@code conservee} may be done, in this order: the radiated
     * demande is active ({@code DEMANDE_NON_ACTIVE}), the kept one is another ({@code FUSION_MEME_DEMANDE}) and
     * active ({@code FUSION_DEMANDE_CONSERVEE_NON_ACTIVE}), they are a near-duplicate
     * ({@code FUSION_PERSONNES_DIFFERENTES}), and the actor confirmed it ({@code FUSION_NON_CONFIRMEE}).
     */
    public static Decision evaluer(Demande fusionnee, Demande conservee, boolean confirmee) {
        Refus refus = refusFusionnee(fusionnee);
        if (refus != null) {
            return refus;
        }
        String numero = fusionnee.numeroUnique().valeur();
        if (fusionnee.numeroUnique().equals(conservee.numeroUnique())) {
            return Refus.de(CodeMotif.FUSION_MEME_DEMANDE);
        }
        String numeroConserve = conservee.numeroUnique().valeur();
        if (!conservee.estActive()) {
            return Refus.de(CodeMotif.FUSION_DEMANDE_CONSERVEE_NON_ACTIVE, Map.of("numero", numeroConserve))
                    .avecDetails(Map.of("numeroUniqueConserve", numeroConserve, "statut", conservee.statut().name()));
        }
        if (rapprocher(fusionnee.contenu(), conservee.contenu()).isEmpty()) {
            return Refus.de(CodeMotif.FUSION_PERSONNES_DIFFERENTES, Map.of("numero", numero, "numeroConserve",
                    numeroConserve)).avecDetails(Map.of("numeroUniqueConserve", numeroConserve));
        }
        if (!confirmee) {
            return Refus.de(CodeMotif.FUSION_NON_CONFIRMEE, Map.of("numero", numero));
        }
        return Decision.ACCORD;
    }

    /**
     * The rule on the merged demande alone, whatever the kept one: it is active ({@code DEMANDE_NON_ACTIVE}).
     * {@link Demande#actionsPermises} says it of a merge before the kept demande is named.
     */
    static @Nullable Refus refusFusionnee(Demande fusionnee) {
        if (fusionnee.estActive()) {
            return null;
        }
        return Refus.de(CodeMotif.DEMANDE_NON_ACTIVE, Map.of("numero", fusionnee.numeroUnique().valeur(), "action",
                "fusionnée")).avecDetails(Map.of("statut", fusionnee.statut().name()));
    }

    /**
     * The first pair of adults of the two contents taken for one person, the demandeurs first; empty when there
     * is none (or when a content has no adult left, its data erased).
     */
    public static Optional<Rapprochement> rapprocher(ContenuDemande fusionnee, ContenuDemande conservee) {
        List<Identite> uns = adultes(fusionnee);
        List<Identite> autres = adultes(conservee);
        for (int i = 0; i < uns.size(); i++) {
            for (int j = 0; j < autres.size(); j++) {
                Optional<Critere> critere = procheDoublon(uns.get(i), autres.get(j));
                if (critere.isPresent()) {
                    return Optional.of(new Rapprochement(critere.get(), i, j));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether two adults are taken for one person, and why (see the class's rule). */
    public static Optional<Critere> procheDoublon(Identite a, Identite b) {
        if (a.nir() != null && b.nir() != null) {
            return a.memeNir(b) ? Optional.of(Critere.MEME_NIR) : Optional.empty();
        }
        if (a.designeLaMemePersonneQue(b)) {
            return Optional.of(Critere.MEME_IDENTITE);
        }
        if (a.dateNaissance().equals(b.dateNaissance()) && nomsProches(a.nomCle(), b.nomCle())
                && !a.prenomsCle().isEmpty() && !b.prenomsCle().isEmpty()
                && distance(a.prenomsCle().getFirst(), b.prenomsCle().getFirst()) <= 1) {
            return Optional.of(Critere.NAISSANCE_ET_NOMS_PROCHES);
        }
        return Optional.empty();
    }

    /** Birth names' keys a typo or two apart, or one the first words of the other. */
    static boolean nomsProches(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String court = a.length() <= b.length() ? a : b;
        String long_ = court == a ? b : a;
        if (long_.startsWith(court + " ")) {
            return true;
        }
        int tolerance = court.replace(" ", "").length() > LONGUEUR_DEUX_FAUTES ? 2 : 1;
        return distance(a, b) <= tolerance;
    }

    /**
     * The number of typos between two keys: letters added, missing or changed, and two neighbours swapped
     * (optimal string alignment distance).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cout = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cout);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The identities of a content's adults, the demandeur first; those without name or birth date are left out. */
    public static List<Identite> adultes(ContenuDemande contenu) {
        List<Identite> adultes = new ArrayList<>();
        List<ContenuDemande.@Nullable Personne> personnes = new ArrayList<>();
        personnes.add(contenu.demandeur());
        personnes.addAll(contenu.coDemandeurs());
        for (ContenuDemande.Personne p : personnes) {
            if (p != null && p.nomNaissance() != null && p.prenoms() != null && p.dateNaissance() != null) {
                adultes.add(Identite.de(p.nomNaissance(), p.prenoms(), p.dateNaissance(), nir(p.nir())));
            }
        }
        return adultes;
    }

    private static @Nullable String nir(@Nullable String saisi) {
        return saisi == null || saisi.isBlank() ? null : saisi.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
