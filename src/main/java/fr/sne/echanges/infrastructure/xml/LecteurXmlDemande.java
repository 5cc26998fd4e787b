package fr.sne.echanges.infrastructure.xml;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;

import org.jspecify.annotations.Nullable;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;
import fr.sne.echanges.application.XmlRefuseException;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Bloc;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Liste;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Noeud;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Valeur;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a demande sent in XML into the JSON content document of {@code POST /v1.0/demandes}, in two passes over the
 * bytes (a document is at most the API's body limit). First pass: a hardened StAX parser (the JDK's own, whatever
 * else is on the classpath) that refuses any DTD — hence any entity, internal or external, and every entity
 * expansion bomb — and XInclude, bounds depth and element count, and feeds the XSD validator event by event, so that
 * each error names the element's path. Second pass, on a valid document only: the elements of
 * {@link FormeDemandeXml} into JSON fields, values typed as the XSD typed them (a code's spaces collapsed as
 * {@code xs:token} does), an empty block as absent. The number and state ({@code numUnique}, {@code etat}) are the
 * registry's: read past.
 */
final class LecteurXmlDemande {

    static final int PROFONDEUR_MAX = 16;
    static final int ELEMENTS_MAX = 20_000;
    static final int ATTRIBUTS_MAX = 8;
    static final int ERREURS_MAX = 50;
    static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
    static final String SCHEMA = "demande-1.0.xsd";

    /** "wrapper/item" of each list: the item elements, which a path numbers from 1. */
    static final Set<String> ITEMS = items();

    private final Schema schema = SchemasXml.schema(SCHEMA);
    private final XMLInputFactory fabrique = fabriqueDurcie();
    private final JsonMapper json = JsonMapper.builder().build();

    static XMLInputFactory fabriqueDurcie() {
        XMLInputFactory fabrique = XMLInputFactory.newDefaultFactory();
        fabrique.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        fabrique.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        fabrique.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        fabrique.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        fabrique.setProperty(XMLInputFactory.IS_COALESCING, true);
        fabrique.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        fabrique.setXMLResolver((publicId, systemId, base, espace) -> {
            throw new XMLStreamException("ressource externe refusée : " + systemId);
        });
        return fabrique;
    }

    /** The JSON content of a valid document; else every error found (at most {@link #ERREURS_MAX}). */
    String lire(byte[] xml) {
        verifier(xml);
        try {
            XMLStreamReader r = fabrique.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                r.nextTag();
                ObjectNode contenu = JsonNodeFactory.instance.objectNode();
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    String nom = r.getLocalName();
                    if (nom.equals("numUnique") || nom.equals("etat")) {
                        passer(r);
                    } else {
                        lireNoeud(r, trouver(FormeDemandeXml.CONTENU, nom), contenu);
                    }
                }
                return json.writeValueAsString(contenu);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            // the first pass read the same bytes without error
            throw new IllegalStateException("document validé devenu illisible", e);
        }
    }

    // ---- first pass: hardened parsing and XSD validation ----

    private void verifier(byte[] xml) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        Deque<String> chemin = new ArrayDeque<>();
        Deque<Map<String, Integer>> freres = new ArrayDeque<>();
        freres.push(new HashMap<>());
        ValidatorHandler validation = schema.newValidatorHandler();
        try {
            validation.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validation.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validation.setProperty("http://apache.org/xml/properties/locale", java.util.Locale.FRENCH);
        } catch (SAXException e) {
            // a validator without these properties still validates against the one schema it was built from
        }
        Set<String> chemins = new HashSet<>();
        validation.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not refuse a document
            }

            @Override
            public void error(SAXParseException e) {
                String ici = chemin(chemin);
                if (erreurs.size() < ERREURS_MAX && chemins.add(ici)) {
                    erreurs.add(new ErreurChamp(ici, CodeMotif.XML_NON_CONFORME, CodeMotif.XML_NON_CONFORME.message(
                            Map.of("schema", SCHEMA, "raison", raison(e)))));
                }
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        int elements = 0;
        try {
            XMLStreamReader r = fabrique.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                validation.startDocument();
                while (r.hasNext()) {
                    switch (r.next()) {
                        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                                XMLStreamConstants.NOTATION_DECLARATION ->
                            throw refus(chemin(chemin), CodeMotif.XML_DTD_REFUSEE, CodeMotif.XML_DTD_REFUSEE.message());
                        case XMLStreamConstants.ENTITY_REFERENCE -> throw refus(chemin(chemin),
                                CodeMotif.XML_DTD_REFUSEE, CodeMotif.XML_DTD_REFUSEE.message());
                        case XMLStreamConstants.START_ELEMENT -> {
                            String nom = r.getLocalName();
                            String parent = chemin.isEmpty() ? "" : nomSansIndice(chemin.peek());
                            int rang = freres.peek().merge(nom, 1, Integer::sum);
                            chemin.push(ITEMS.contains(parent + "/" + nom) ? nom + "[" + rang + "]" : nom);
                            freres.push(new HashMap<>());
                            if (++elements > ELEMENTS_MAX) {
                                throw limite(chemin, "au plus " + ELEMENTS_MAX + " éléments");
                            }
                            if (chemin.size() > PROFONDEUR_MAX) {
                                throw limite(chemin, "au plus " + PROFONDEUR_MAX + " niveaux d'éléments");
                            }
                            if (r.getAttributeCount() > ATTRIBUTS_MAX) {
                                throw limite(chemin, "au plus " + ATTRIBUTS_MAX + " attributs par élément");
                            }
                            if (XINCLUDE.equals(r.getNamespaceURI()) || attributXInclude(r)) {
                                throw refus(chemin(chemin), CodeMotif.XML_XINCLUDE_REFUSE,
                                        CodeMotif.XML_XINCLUDE_REFUSE.message());
                            }
                            if (chemin(chemin).equals("/demande/listePiece")
                                    && FormeDemandeXml.NS.equals(r.getNamespaceURI())) {
                                throw refus(chemin(chemin), CodeMotif.XML_ELEMENT_RESERVE,
                                        CodeMotif.XML_ELEMENT_RESERVE.message());
                            }
                            debut(validation, r);
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            validation.endElement(uri(r), r.getLocalName(), qnom(r));
                            for (int i = 0; i < r.getNamespaceCount(); i++) {
                                validation.endPrefixMapping(prefixe(r.getNamespacePrefix(i)));
                            }
                            chemin.pop();
                            freres.pop();
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            validation.characters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        default -> {
                            // comments and processing instructions carry no data
                        }
                    }
                }
                validation.endDocument();
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            String raison = e.getMessage() == null ? "document illisible" : e.getMessage();
            String minuscules = raison.toLowerCase(java.util.Locale.ROOT);
            if (minuscules.contains("doctype") || minuscules.contains("dtd")) {
                throw refus(chemin(chemin), CodeMotif.XML_DTD_REFUSEE, CodeMotif.XML_DTD_REFUSEE.message());
            }
            throw refus(chemin(chemin), CodeMotif.XML_MAL_FORME, CodeMotif.XML_MAL_FORME.message(
                    Map.of("raison", raison.replaceAll("\\s+", " ").strip())));
        } catch (SAXException e) {
            if (erreurs.isEmpty()) {
                erreurs.add(new ErreurChamp(chemin(chemin), CodeMotif.XML_NON_CONFORME,
                        CodeMotif.XML_NON_CONFORME.message(Map.of("schema", SCHEMA, "raison",
                                String.valueOf(e.getMessage())))));
            }
        }
        if (!erreurs.isEmpty()) {
            throw new XmlRefuseException(erreurs);
        }
    }

    private static void debut(ValidatorHandler validation, XMLStreamReader r) throws SAXException {
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            validation.startPrefixMapping(prefixe(r.getNamespacePrefix(i)), r.getNamespaceURI(i));
        }
        AttributesImpl attributs = new AttributesImpl();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String prefixe = prefixe(r.getAttributePrefix(i));
            String local = r.getAttributeLocalName(i);
            attributs.addAttribute(r.getAttributeNamespace(i) == null ? "" : r.getAttributeNamespace(i), local,
                    prefixe.isEmpty() ? local : prefixe + ":" + local, "CDATA", r.getAttributeValue(i));
        }
        validation.startElement(uri(r), r.getLocalName(), qnom(r), attributs);
    }

    private static boolean attributXInclude(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (XINCLUDE.equals(r.getAttributeNamespace(i))) {
                return true;
            }
        }
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            if (XINCLUDE.equals(r.getNamespaceURI(i))) {
                return true;
            }
        }
        return false;
    }

    private static String uri(XMLStreamReader r) {
        return r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
    }

    private static String qnom(XMLStreamReader r) {
        String prefixe = prefixe(r.getPrefix());
        return prefixe.isEmpty() ? r.getLocalName() : prefixe + ":" + r.getLocalName();
    }

    private static String prefixe(@Nullable String prefixe) {
        return prefixe == null ? "" : prefixe;
    }

    private static String nomSansIndice(String element) {
        int crochet = element.indexOf('[');
        return crochet < 0 ? element : element.substring(0, crochet);
    }

    static String chemin(Deque<String> chemin) {
        if (chemin.isEmpty()) {
            return "/";
        }
        StringBuilder texte = new StringBuilder();
        chemin.descendingIterator().forEachRemaining(e -> texte.append('/').append(e));
        return texte.toString();
    }

    /** The validator's sentence without its rule number ("cvc-datatype-valid.1.2.1: …"). */
    private static String raison(SAXParseException e) {
        String message = e.getMessage() == null ? "valeur ou élément non admis" : e.getMessage();
        return message.replaceFirst("^cvc-[\\w.-]+: ", "").strip();
    }

    private static XmlRefuseException refus(String chemin, CodeMotif code, String message) {
        return new XmlRefuseException(List.of(new ErreurChamp(chemin, code, message)));
    }

    private static XmlRefuseException limite(Deque<String> chemin, String limite) {
        return refus(chemin(chemin), CodeMotif.XML_LIMITE_DEPASSEE,
                CodeMotif.XML_LIMITE_DEPASSEE.message(Map.of("limite", limite)));
    }

    // ---- second pass: the valid document's fields into JSON ----

    private static void lireNoeud(XMLStreamReader r, Noeud noeud, ObjectNode cible) throws XMLStreamException {
        switch (noeud) {
            case Valeur v -> cible.set(v.json(), valeur(r, v));
            case Bloc b when b.json() == null -> lireEnfants(r, b.enfants(), cible);
            case Bloc b -> {
                ObjectNode sous = JsonNodeFactory.instance.objectNode();
                lireEnfants(r, b.enfants(), sous);
                if (!sous.isEmpty()) {
                    cible.set(b.json(), sous);
                }
            }
            case Liste l -> {
                ArrayNode items = cible.putArray(l.json());
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    switch (l.item()) {
                        case Valeur v -> items.add(valeur(r, v));
                        case Bloc b -> lireEnfants(r, b.enfants(), items.addObject());
                        case Liste autre -> throw new IllegalStateException("liste de listes : " + autre.xml());
                    }
                }
            }
        }
    }

    /** The children of the current element (its end consumed). */
    private static void lireEnfants(XMLStreamReader r, List<Noeud> noeuds, ObjectNode cible)
            throws XMLStreamException {
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            lireNoeud(r, trouver(noeuds, r.getLocalName()), cible);
        }
    }

    private static JsonNode valeur(XMLStreamReader r, Valeur v) throws XMLStreamException {
        JsonNodeFactory n = JsonNodeFactory.instance;
        if (v.genre() == FormeDemandeXml.Genre.CODE) {
            String code = r.getAttributeValue(null, "code");
            r.nextTag();
            return n.textNode(jeton(code));
        }
        String texte = r.getElementText();
        return switch (v.genre()) {
            case TEXTE -> n.textNode(texte);
            case DATE -> n.textNode(texte.strip());
            case ENTIER -> n.numberNode(Integer.parseInt(texte.strip()));
            case DECIMAL -> n.numberNode(new BigDecimal(texte.strip()));
            case BOOLEEN -> n.booleanNode(texte.strip().equals("true") || texte.strip().equals("1"));
            case CODE -> throw new IllegalStateException("code");
        };
    }

    /** A value as {@code xs:token} reads it: no leading or trailing space, inner runs of spaces as one. */
    private static String jeton(@Nullable String valeur) {
        return valeur == null ? "" : valeur.strip().replaceAll("\\s+", " ");
    }

    private static void passer(XMLStreamReader r) throws XMLStreamException {
        int profondeur = 1;
        while (profondeur > 0) {
            int evenement = r.next();
            if (evenement == XMLStreamConstants.START_ELEMENT) {
                profondeur++;
            } else if (evenement == XMLStreamConstants.END_ELEMENT) {
                profondeur--;
            }
        }
    }

    /** The node of an element among a level's (a wrapper's children being of the same level). */
    static Noeud trouver(List<Noeud> noeuds, String nom) {
        for (Noeud noeud : noeuds) {
            if (noeud.xml().equals(nom)) {
                return noeud;
            }
        }
        throw new IllegalStateException("élément validé absent de la forme : " + nom);
    }

    private static Set<String> items() {
        Set<String> items = new HashSet<>();
        items(FormeDemandeXml.CONTENU, items);
        items.add("listePiece/piece");
        return Set.copyOf(items);
    }

    private static void items(List<Noeud> noeuds, Set<String> items) {
        for (Noeud noeud : noeuds) {
            if (noeud instanceof Liste l) {
                items.add(l.xml() + "/" + l.item().xml());
                if (l.item() instanceof Bloc b) {
                    items(b.enfants(), items);
                }
            } else if (noeud instanceof Bloc b) {
                items(b.enfants(), items);
            }
        }
    }
}
