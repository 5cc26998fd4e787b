package fr.sne.echanges.infrastructure.xml;

import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.sne.demande.FluxMouvements.Instantane;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Bloc;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Liste;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Noeud;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Valeur;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Writes one demande as a {@code <demande>} element of demande-1.0.xsd (namespace {@code urn:sne:demande:1.0}):
 * its number, its state as the registry holds it, then its content following {@link FormeDemandeXml}, codes of the
 * SNE lists ({@link CodesSne}), countries as the COG names the registry keeps. Every block is written, empty when
 * the demande has none (an erased demande: every block empty). Streaming (StAX, no tree of the document): a writer
 * of thousands of demandes calls it once per demande on the same {@link XMLStreamWriter}; when the caller has bound
 * the namespace to a prefix, the demande uses it, otherwise the element declares it as its default namespace.
 */
@Component
public class EcrivainXmlDemande {

    /** The namespace of demande-1.0.xsd. */
    public static final String NS = FormeDemandeXml.NS;

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    public EcrivainXmlDemande() {
        // stateless: one instance serves every thread
    }

    public void ecrire(XMLStreamWriter xml, String numeroUnique, Instantane demande) {
        JsonNode contenu = demande.contenu() == null ? JsonNodeFactory.instance.objectNode()
                : json.readTree(demande.contenu());
        try {
            String prefixe = xml.getPrefix(NS);
            boolean declarer = prefixe == null;
            Sortie s = new Sortie(xml, declarer ? "" : prefixe);
            s.debut("demande");
            if (declarer) {
                xml.writeDefaultNamespace(NS);
            }
            s.element("numUnique", numeroUnique);
            etat(s, demande);
            contenu(s, contenu);
            s.fin();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("écriture XML de la demande " + numeroUnique, e);
        }
    }

    /** The content alone (the fields of {@link FormeDemandeXml#CONTENU}) of a JSON content document. */
    static void contenu(Sortie s, JsonNode contenu) throws XMLStreamException {
        enfants(s, FormeDemandeXml.CONTENU, contenu);
    }

    private static void etat(Sortie s, Instantane d) throws XMLStreamException {
        s.debut("etat");
        s.element("version", Integer.toString(d.version()));
        s.element("statut", d.statut());
        s.element("territoire", d.territoire());
        s.element("numGuichet", d.guichetEnregistreur());
        s.element("dateDepot", d.dateDepot().toString());
        if (d.dateDernierRenouvellement() != null) {
            s.element("dateDernierRenouvellement", d.dateDernierRenouvellement().toString());
        }
        s.element("dateFinValidite", d.dateFinValidite().toString());
        s.element("enregistreeLe", d.enregistreeLe().toString());
        s.element("modifieeLe", d.modifieeLe().toString());
        s.debut("radiation");
        if (d.motifRadiation() != null) {
            s.code("motifRadiation", CodesSne.motifRadiationXml(d.motifRadiation()));
        }
        if (d.sousMotifRadiation() != null) {
            s.code("sousMotifRadiation", CodesSne.sousMotifXml(d.sousMotifRadiation()));
        }
        if (d.dateRadiation() != null) {
            s.element("dateRadiation", d.dateRadiation().toString());
        }
        s.fin();
        s.element("donneesEffacees", Boolean.toString(d.donneesEffacees()));
        s.fin();
    }

    private static void enfants(Sortie s, List<Noeud> noeuds, JsonNode objet) throws XMLStreamException {
        for (Noeud noeud : noeuds) {
            switch (noeud) {
                case Valeur v -> {
                    JsonNode x = champ(objet, v.json());
                    if (x != null) {
                        valeur(s, v, x);
                    }
                }
                case Bloc b -> {
                    s.debut(b.xml());
                    JsonNode sous = b.json() == null ? objet : champ(objet, b.json());
                    if (sous != null && sous.isObject()) {
                        enfants(s, b.enfants(), sous);
                    }
                    s.fin();
                }
                case Liste l -> {
                    s.debut(l.xml());
                    JsonNode items = champ(objet, l.json());
                    if (items != null && items.isArray()) {
                        for (JsonNode item : items) {
                            item(s, l.item(), item);
                        }
                    }
                    s.fin();
                }
            }
        }
    }

    private static void item(Sortie s, Noeud item, JsonNode x) throws XMLStreamException {
        if (x.isNull()) {
            return;
        }
        switch (item) {
            case Valeur v -> valeur(s, v, x);
            case Bloc b -> {
                s.debut(b.xml());
                if (x.isObject()) {
                    enfants(s, b.enfants(), x);
                }
                s.fin();
            }
            case Liste l -> throw new IllegalStateException("liste de listes : " + l.xml());
        }
    }

    private static void valeur(Sortie s, Valeur v, JsonNode x) throws XMLStreamException {
        switch (v.genre()) {
            case CODE -> s.code(v.xml(), x.asString());
            case DECIMAL -> s.element(v.xml(), x.isNumber() ? x.decimalValue().toPlainString() : x.asString());
            default -> s.element(v.xml(), x.asString());
        }
    }

    /** A field of an object; null when absent or JSON null. */
    private static @Nullable JsonNode champ(JsonNode objet, @Nullable String nom) {
        JsonNode x = nom == null ? null : objet.get(nom);
        return x == null || x.isNull() ? null : x;
    }

    /** The elements of the demande namespace, with the prefix chosen for it. */
    record Sortie(XMLStreamWriter xml, String prefixe) {

        void debut(String nom) throws XMLStreamException {
            xml.writeStartElement(prefixe, nom, NS);
        }

        void fin() throws XMLStreamException {
            xml.writeEndElement();
        }

        void element(String nom, String texte) throws XMLStreamException {
            debut(nom);
            xml.writeCharacters(texte);
            fin();
        }

        void code(String nom, String code) throws XMLStreamException {
            xml.writeEmptyElement(prefixe, nom, NS);
            xml.writeAttribute("code", code);
        }
    }
}
