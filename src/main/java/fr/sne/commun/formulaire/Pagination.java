package fr.sne.commun.formulaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages of a list reached by a GET form (search, journal), for the fragment {@code pro/formulaire :: pagination}:
 * each page's link keeps the form's criteria. With a known number of pages it offers the first, the previous, up to
 * two pages on each side, the next and the last; without, the previous, the current and the next.
 *
 * @param page       the page shown, from 1
 * @param pages      the number of pages, when known
 * @param suivante   whether a page follows
 * @param chemin     the list's path, from the application's root
 * @param criteres   the form's criteria, repeated in each link (blank ones left out)
 */
public record Pagination(int page, @Nullable Integer pages, boolean suivante, String chemin,
        Map<String, @Nullable String> criteres) {

    private static final int VOISINES = 2;

    public static Pagination numerotee(String chemin, Map<String, @Nullable String> criteres, int page, int pages) {
        return new Pagination(page, pages, page < pages, chemin, new LinkedHashMap<>(criteres));
    }

    public static Pagination sansTotal(String chemin, Map<String, @Nullable String> criteres, int page,
            boolean suivante) {
        return new Pagination(page, null, suivante, chemin, new LinkedHashMap<>(criteres));
    }

    /** Whether there is more than one page, so that the navigation is worth showing. */
    public boolean utile() {
        return pages != null ? pages > 1 : page > 1 || suivante;
    }

    public boolean numeroteeConnue() {
        return pages != null;
    }

    /** The pages linked by number around the current one. */
    public List<Integer> voisines() {
        if (pages == null) {
            return List.of(page);
        }
        return IntStream.rangeClosed(Math.max(1, page - VOISINES), Math.min(pages, page + VOISINES)).boxed().toList();
    }

    /** The address of a page, its criteria encoded strictly (a "+" or "&" typed stays itself). */
    public String lien(int numero) {
        UriComponentsBuilder adresse = UriComponentsBuilder.fromPath(chemin);
        Map<String, Object> valeurs = new LinkedHashMap<>();
        criteres.forEach((nom, valeur) -> {
            if (valeur != null && !valeur.isBlank()) {
                adresse.queryParam(nom, "{" + nom + "}");
                valeurs.put(nom, valeur);
            }
        });
        adresse.queryParam("page", numero);
        return adresse.encode().buildAndExpand(valeurs).toUriString();
    }
}
