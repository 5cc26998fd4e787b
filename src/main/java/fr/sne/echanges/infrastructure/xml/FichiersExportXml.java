package fr.sne.echanges.infrastructure.xml;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.sne.attribution.AttributionsDemandes.Attributions;
import fr.sne.attribution.AttributionsDemandes.Bail;
import fr.sne.attribution.AttributionsDemandes.Decision;
import fr.sne.attribution.AttributionsDemandes.Designation;
import fr.sne.echanges.application.port.FichiersExport;
import fr.sne.echanges.domaine.Entite;
import fr.sne.gestion.EvenementsPartages.EvenementPartage;
import fr.sne.gestion.Priorite;
import fr.sne.drm.DrmEnMasse;
import fr.sne.pieces.PiecesDemandes;
import fr.sne.pieces.PiecesDemandes.PieceDecrite;

/**
 * {@link FichiersExport}: each batch is written with StAX to a buffer, one XML file ({@code export-1.0.xsd}: an
 * {@code export} of {@code demandeExportee}, each with its demande written by {@link EcrivainXmlDemande} and the
 * blocks of the entities asked, present even when empty), then added to a tar.gz in a temporary file (a tar entry
 * needs its size first): memory holds one file of at most 1,000 demandes, whatever the export's size. Compression
 * level {@code sne.echanges.exports.compression}, 1 by default (the fastest: an export is a transient download,
 * and gzip's level 6 costs several times its time).
 */
@Component
class FichiersExportXml implements FichiersExport {

    public static final String NS = "urn:sne:export:1.0";
    public static final String NS_DEMANDE = EcrivainXmlDemande.NS;

    private final XMLOutputFactory fabrique = XMLOutputFactory.newFactory();
    private final EcrivainXmlDemande demandes;
    private final int compression;

    FichiersExportXml(EcrivainXmlDemande demandes,
            @Value("${sne.echanges.exports.compression:1}") int compression) {
        this.demandes = demandes;
        this.compression = compression;
    }

    @Override
    public Redaction commencer(String numero, Set<Entite> entites, Instant genereLe) {
        try {
            return new RedactionTarGz(numero, entites, genereLe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class RedactionTarGz implements Redaction {

        private final String numero;
        private final Set<Entite> entites;
        private final String genereLe;
        private final Path dossier;
        private final Path archive;
        private final TarArchiveOutputStream tar;
        /** One XML file at a time (at most 1,000 demandes, a few megabytes), reused from file to file. */
        private final ByteArrayOutputStream tampon = new ByteArrayOutputStream(1 << 22);
        private int fichiers;
        private boolean termine;

        RedactionTarGz(String numero, Set<Entite> entites, Instant genereLe) throws IOException {
            this.numero = numero;
            this.entites = entites;
            this.genereLe = DateTimeFormatter.ISO_INSTANT.format(genereLe);
            this.dossier = Files.createTempDirectory("sne-export-");
            this.archive = dossier.resolve("export.tar.gz");
            GzipParameters parametres = new GzipParameters();
            parametres.setCompressionLevel(compression);
            this.tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16), parametres));
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        }

        @Override
        public void ecrire(List<DemandeExportee> lot) {
            if (lot.size() > DEMANDES_PAR_FICHIER) {
                throw new IllegalArgumentException("au plus " + DEMANDES_PAR_FICHIER + " demandes par fichier");
            }
            if (lot.isEmpty()) {
                return;
            }
            fichiers++;
            String nom = "demandes-%06d.xml".formatted(fichiers);
            try {
                tampon.reset();
                XMLStreamWriter w = fabrique.createXMLStreamWriter(tampon, "UTF-8");
                ecrireFichier(w, lot);
                w.close();
                TarArchiveEntry entree = new TarArchiveEntry(nom);
                entree.setSize(tampon.size());
                tar.putArchiveEntry(entree);
                tampon.writeTo(tar);
                tar.closeArchiveEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("écriture XML de l'export " + numero, e);
            }
        }

        private void ecrireFichier(XMLStreamWriter w, List<DemandeExportee> lot) throws XMLStreamException {
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NS);
            w.setPrefix("d", NS_DEMANDE);
            w.writeStartElement(NS, "export");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("d", NS_DEMANDE);
            w.writeAttribute("version", "1.0");
            w.writeAttribute("numero", numero);
            w.writeAttribute("genereLe", genereLe);
            w.writeAttribute("fichier", Integer.toString(fichiers));
            for (DemandeExportee d : lot) {
                ecrireDemande(w, d);
            }
            w.writeEndElement();
            w.writeEndDocument();
        }

        private void ecrireDemande(XMLStreamWriter w, DemandeExportee d) throws XMLStreamException {
            w.writeStartElement(NS, "demandeExportee");
            w.writeAttribute("numeroUnique", d.demande().numeroUnique());
            w.writeAttribute("version", Integer.toString(d.demande().demande().version()));
            w.writeAttribute("statut", d.demande().demande().statut());
            w.writeAttribute("territoire", d.demande().demande().territoire());
            if (entites.contains(Entite.CERFA)) {
                demandes.ecrire(w, d.demande().numeroUnique(), d.demande().demande());
            }
            if (entites.contains(Entite.EVT)) {
                w.writeStartElement(NS, "evenements");
                for (EvenementPartage e : d.evenements()) {
                    evenement(w, e);
                }
                w.writeEndElement();
            }
            if (entites.contains(Entite.DALO)) {
                w.writeStartElement(NS, "dalo");
                for (Priorite p : d.priorites()) {
                    if (p.nature() == Priorite.Nature.DALO) {
                        w.writeEmptyElement(NS, "decisionDalo");
                        w.writeAttribute("dateDecision", p.date().toString());
                        attribut(w, "guichet", p.guichet());
                    }
                }
                w.writeEndElement();
            }
            if (entites.contains(Entite.PRIO)) {
                w.writeStartElement(NS, "priorites");
                for (Priorite p : d.priorites()) {
                    if (p.nature() == Priorite.Nature.PUBLIC_PRIORITAIRE) {
                        w.writeStartElement(NS, "priorite");
                        w.writeAttribute("code", p.code());
                        w.writeAttribute("date", p.date().toString());
                        attribut(w, "guichet", p.guichet());
                        texte(w, "libelle", p.libelle());
                        w.writeEndElement();
                    }
                }
                w.writeEndElement();
            }
            Attributions a = d.attributions();
            if (entites.contains(Entite.CONT)) {
                w.writeStartElement(NS, "designations");
                for (Designation g : a == null ? List.<Designation>of() : a.designations()) {
                    w.writeStartElement(NS, "designation");
                    w.writeAttribute("identifiantRpls", g.identifiantRpls());
                    w.writeAttribute("commune", g.codeCommune());
                    w.writeAttribute("guichet", g.guichet());
                    attribut(w, "reservataire", g.reservataireId() == null ? null : g.reservataireId().toString());
                    attribut(w, "categorieReservataire", g.categorieReservataire());
                    w.writeAttribute("designeLe", DateTimeFormatter.ISO_INSTANT.format(g.designeLe()));
                    if (g.nomReservataire() != null) {
                        texte(w, "nomReservataire", g.nomReservataire());
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            if (entites.contains(Entite.ATTRIB)) {
                w.writeStartElement(NS, "attributions");
                for (Decision c : a == null ? List.<Decision>of() : a.decisions()) {
                    w.writeStartElement(NS, "decision");
                    w.writeAttribute("dateCommission", c.dateCommission().toString());
                    w.writeAttribute("identifiantRpls", c.identifiantRpls());
                    w.writeAttribute("commune", c.codeCommune());
                    w.writeAttribute("ordre", Integer.toString(c.ordre()));
                    attribut(w, "decision", c.decision());
                    attribut(w, "rang", c.rang() == null ? null : c.rang().toString());
                    attribut(w, "decideeLe", c.decideeLe() == null ? null
                            : DateTimeFormatter.ISO_INSTANT.format(c.decideeLe()));
                    attribut(w, "reponse", c.reponse());
                    attribut(w, "reponduLe", c.reponduLe() == null ? null
                            : DateTimeFormatter.ISO_INSTANT.format(c.reponduLe()));
                    if (c.motif() != null) {
                        texte(w, "motif", c.motif());
                    }
                    if (c.sousMotif() != null) {
                        texte(w, "sousMotif", c.sousMotif());
                    }
                    if (c.motifRefus() != null) {
                        texte(w, "motifRefus", c.motifRefus());
                    }
                    w.writeEndElement();
                }
                for (Bail b : a == null ? List.<Bail>of() : a.baux()) {
                    w.writeEmptyElement(NS, "bail");
                    w.writeAttribute("dateSignature", b.dateSignature().toString());
                    w.writeAttribute("identifiantRpls", b.identifiantRpls());
                    w.writeAttribute("commune", b.codeCommune());
                    w.writeAttribute("contingent", b.contingent());
                    attribut(w, "reservataire", b.reservataireId() == null ? null : b.reservataireId().toString());
                    w.writeAttribute("accordCollectif", b.accordCollectif());
                    w.writeAttribute("prioritaireDalo", Boolean.toString(b.prioritaireDalo()));
                    w.writeAttribute("guichet", b.guichet());
                }
                w.writeEndElement();
            }
            if (entites.contains(Entite.PJ)) {
                w.writeStartElement(NS, "pieces");
                for (PieceDecrite p : d.pieces()) {
                    w.writeStartElement(NS, "piece");
                    w.writeAttribute("identifiant", p.id().toString());
                    w.writeAttribute("categorie", p.categorie());
                    attribut(w, "personne", p.personne());
                    w.writeAttribute("typeMedia", p.typeMedia());
                    w.writeAttribute("taille", Long.toString(p.taille()));
                    w.writeAttribute("sha256", p.sha256());
                    attribut(w, "guichet", p.guichet());
                    w.writeAttribute("deposeeLe", DateTimeFormatter.ISO_INSTANT.format(p.deposeeLe()));
                    attribut(w, "qualification", p.qualification());
                    w.writeAttribute("obsolete", Boolean.toString(p.obsolete()));
                    for (PiecesDemandes.Pages g : p.pages()) {
                        w.writeEmptyElement(NS, "pages");
                        w.writeAttribute("premiere", Integer.toString(g.de()));
                        w.writeAttribute("derniere", Integer.toString(g.a()));
                        attribut(w, "libelle", g.libelle());
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            if (entites.contains(Entite.DRM)) {
                ressourcesDrm(w, d.drm());
            }
            w.writeEndElement();
        }

        /** The DRM entity: the status of the last fetch, and for AFFICHABLE the months, most recent first. */
        private void ressourcesDrm(XMLStreamWriter w, DrmEnMasse.@Nullable Ressources drm) throws XMLStreamException {
            w.writeStartElement(NS, "ressourcesDrm");
            DrmEnMasse.Ressources lue = drm == null ? DrmEnMasse.Ressources.EN_ATTENTE : drm;
            w.writeAttribute("statut", lue.statut());
            if (lue.misAJourLe() != null) {
                w.writeAttribute("misAJourLe", DateTimeFormatter.ISO_INSTANT.format(lue.misAJourLe()));
            }
            for (DrmEnMasse.Mois m : lue.mois()) {
                w.writeStartElement(NS, "mois");
                w.writeAttribute("mois", m.mois().toString());
                w.writeAttribute("total", m.total().toPlainString());
                for (DrmEnMasse.Ligne l : m.lignes()) {
                    w.writeEmptyElement(NS, "ligne");
                    w.writeAttribute("nature", l.nature());
                    w.writeAttribute("libelle", l.libelle());
                    w.writeAttribute("montant", l.montant().toPlainString());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        private void evenement(XMLStreamWriter w, EvenementPartage e) throws XMLStreamException {
            w.writeStartElement(NS, "evenement");
            w.writeAttribute("mouvement", Long.toString(e.mouvement()));
            w.writeAttribute("code", e.code());
            w.writeAttribute("origine", e.origine());
            w.writeAttribute("date", e.date().toString());
            w.writeAttribute("horodatage", DateTimeFormatter.ISO_INSTANT.format(e.horodatage()));
            attribut(w, "guichet", e.guichet());
            texte(w, "libelle", e.libelle());
            if (e.commentaire() != null) {
                texte(w, "commentaire", e.commentaire());
            }
            for (Map.Entry<String, Object> donnee : e.donnees().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                w.writeStartElement(NS, "donnee");
                w.writeAttribute("nom", donnee.getKey());
                w.writeCharacters(String.valueOf(donnee.getValue()));
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        @Override
        public Path terminer() {
            try {
                tar.finish();
                tar.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            termine = true;
            return archive;
        }

        @Override
        public int fichiers() {
            return fichiers;
        }

        @Override
        public void close() {
            try {
                if (!termine) {
                    tar.close();
                }
            } catch (IOException e) {
                // already failing: the folder goes anyway
            }
            try (Stream<Path> chemins = Files.walk(dossier)) {
                for (Path p : chemins.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void attribut(XMLStreamWriter w, String nom, @Nullable String valeur) throws XMLStreamException {
        if (valeur != null) {
            w.writeAttribute(nom, valeur);
        }
    }

    private static void texte(XMLStreamWriter w, String nom, String valeur) throws XMLStreamException {
        w.writeStartElement(NS, nom);
        w.writeCharacters(valeur);
        w.writeEndElement();
    }
}
