package fr.sne.echanges.infrastructure.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Bloc;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Liste;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Noeud;

/**
 * The element path of a content field given by its JSON path, through {@link FormeDemandeXml}: the business rules
 * name a field by its JSON path ({@code coDemandeurs[0].dateNaissance}), an XML caller reads the element's
 * ({@code /demande/personnePhysique/listeCotitulaire/cotitulaire[1]/dateNaissance}, list items numbered from 1 as
 * in XPath).
 */
final class CheminsXml {

    private static final Pattern ETAPE = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private CheminsXml() {
    }

    /** The element path; the JSON path itself when it names no field of the content (a header). */
    static String traduire(String cheminJson) {
        StringBuilder xml = new StringBuilder("/demande");
        if (cheminJson.isEmpty()) {
            return xml.toString();
        }
        List<Noeud> niveau = FormeDemandeXml.CONTENU;
        @Nullable Noeud courant = null;
        Matcher m = ETAPE.matcher(cheminJson);
        int fin = 0;
        while (m.find()) {
            // a name after the first follows one dot; an index follows its list at once
            String entre = cheminJson.substring(fin, m.start());
            if (!entre.equals(m.group(1) != null && fin > 0 ? "." : "")) {
                return cheminJson;
            }
            fin = m.end();
            if (m.group(1) != null) {
                if (courant instanceof Liste) {
                    return cheminJson;
                }
                List<Noeud> trajet = chercher(niveau, m.group(1));
                if (trajet == null) {
                    return cheminJson;
                }
                trajet.forEach(n -> xml.append('/').append(n.xml()));
                courant = trajet.getLast();
            } else {
                if (!(courant instanceof Liste l)) {
                    return cheminJson;
                }
                courant = l.item();
                xml.append('/').append(courant.xml()).append('[').append(Integer.parseInt(m.group(2)) + 1)
                        .append(']');
            }
            niveau = courant instanceof Bloc b ? b.enfants() : List.of();
        }
        return fin == cheminJson.length() ? xml.toString() : cheminJson;
    }

    /** The nodes from a level to the field of this JSON name, through the XML-only wrappers; null if none. */
    private static @Nullable List<Noeud> chercher(List<Noeud> niveau, String json) {
        for (Noeud noeud : niveau) {
            if (json.equals(noeud.json())) {
                return new ArrayList<>(List.of(noeud));
            }
            if (noeud instanceof Bloc b && b.json() == null) {
                List<Noeud> dedans = chercher(b.enfants(), json);
                if (dedans != null) {
                    dedans.addFirst(noeud);
                    return dedans;
                }
            }
        }
        return null;
    }
}
