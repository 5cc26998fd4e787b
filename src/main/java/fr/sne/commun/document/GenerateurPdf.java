package fr.sne.commun.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import fr.sne.commun.Empreintes;
import fr.sne.commun.HorlogeConfiguration;

/**
 * Renders a document template ({@code src/main/resources/documents/NAME.html}, Thymeleaf, HTML mode, with its CSS
 * beside it) with a model to a tagged PDF/UA-1 file: logical structure in reading order, document title shown by
 * viewers, language from the template's {@code <html lang>}, embedded fonts ({@link PolicesDocument}).
 * <p>
 * Deterministic: the creation date and the file identifier come from {@link ProprietesDocument}, never from the
 * clock, so the same model gives the same bytes. Thread-safe: the template engine and the font bytes are shared,
 * each call builds its own renderer.
 */
@Component
public class GenerateurPdf {

    static final String DOSSIER = "documents/";

    /** The JDK's own XSLT implementation (javax.xml.transform). */
    static final String FABRIQUE_TRANSFORMATIONS_JDK = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";

    static {
        // openhtmltopdf logs every stylesheet and font it loads at INFO: keep its warnings only
        XRLog.listRegisteredLoggers().forEach(journal -> XRLog.setLevel(journal, Level.WARNING));
        // The XMP writer (xmpbox) calls TransformerFactory.newInstance() for every document: without this property
        // each call scans every jar of the class path for a provider, about a third of the rendering time.
        // An operator's explicit choice (-Djavax.xml.transform.TransformerFactory=…) is kept.
        if (System.getProperty("javax.xml.transform.TransformerFactory") == null) {
            System.setProperty("javax.xml.transform.TransformerFactory", FABRIQUE_TRANSFORMATIONS_JDK);
        }
    }

    private final TemplateEngine moteur;
    private final PolicesDocument polices;
    private final String base;
    /** Font metrics shared by all renderings (thread-safe): the fonts are measured once, not for every document. */
    private final FSDefaultCacheStore metriquesPolices = new FSDefaultCacheStore();

    public GenerateurPdf() {
        ClassLoaderTemplateResolver resolveur = new ClassLoaderTemplateResolver(GenerateurPdf.class.getClassLoader());
        resolveur.setPrefix(DOSSIER);
        resolveur.setSuffix(".html");
        resolveur.setTemplateMode(TemplateMode.HTML);
        resolveur.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolveur.setCacheable(true);
        moteur = new TemplateEngine();
        moteur.setTemplateResolver(resolveur);
        polices = new PolicesDocument();
        URL dossier = Objects.requireNonNull(GenerateurPdf.class.getClassLoader().getResource(DOSSIER),
                "dossier des modèles de documents introuvable : " + DOSSIER);
        base = dossier.toExternalForm();
    }

    /** The embedded fonts, to make free text printable ({@link PolicesDocument#imprimable(String)}). */
    public PolicesDocument polices() {
        return polices;
    }

    /**
     * The template filled in (XHTML as openhtmltopdf reads it). The model gets one more variable, {@code document},
     * the properties (its title goes into {@code <title>}).
     */
    public String html(String modele, Map<String, ?> variables, ProprietesDocument proprietes) {
        Map<String, Object> tout = new HashMap<>(variables);
        tout.put("document", proprietes);
        return moteur.process(modele, new Context(Locale.FRANCE, tout));
    }

    /** The template filled in and rendered to PDF/UA-1 bytes. */
    public byte[] pdf(String modele, Map<String, ?> variables, ProprietesDocument proprietes) {
        String html = html(modele, variables, proprietes);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePDDocument(document)
                    .useUnicodeLineBreaker(new CoupureLignes())
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metriquesPolices)
                    .withProducer(proprietes.auteur())
                    .withHtmlContent(html, base);
            for (PolicesDocument.Police police : polices.polices()) {
                builder.useFont(() -> new ByteArrayInputStream(police.octets()), PolicesDocument.FAMILLE,
                        police.graisse(), police.italique() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            try (PdfBoxRenderer rendu = builder.buildPdfRenderer()) {
                rendu.createPDFWithoutClosing();
                pagesA4Exactes(document);
                metadonnees(document, proprietes);
                ByteArrayOutputStream sortie = new ByteArrayOutputStream(65_536);
                document.save(sortie);
                return sortie.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Génération du document « " + modele + " » impossible", e);
        }
    }

    /** The renderer rounds A4 to 595.275 × 841.889 pt: give such pages the exact A4 box (0.001 pt apart). */
    private static void pagesA4Exactes(PDDocument document) {
        for (PDPage page : document.getPages()) {
            PDRectangle boite = page.getMediaBox();
            if (Math.abs(boite.getWidth() - PDRectangle.A4.getWidth()) < 0.05f
                    && Math.abs(boite.getHeight() - PDRectangle.A4.getHeight()) < 0.05f) {
                page.setMediaBox(PDRectangle.A4);
            }
        }
    }

    /** Information dictionary and XMP metadata from the properties (the renderer would stamp the clock's time). */
    private static void metadonnees(PDDocument document, ProprietesDocument p) throws IOException {
        GregorianCalendar creation = GregorianCalendar.from(ZonedDateTime.ofInstant(p.creeLe(), HorlogeConfiguration.FUSEAU));
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(p.titre());
        info.setAuthor(p.auteur());
        info.setSubject(p.sujet());
        info.setCreator(p.auteur());
        info.setProducer(p.auteur() + " (openhtmltopdf, Apache PDFBox)");
        info.setCreationDate(creation);
        info.setModificationDate(creation);
        document.setDocumentInformation(info);

        PDDocumentCatalog catalogue = document.getDocumentCatalog();
        XMPMetadata xmp;
        try {
            xmp = new DomXmpParser().parse(catalogue.getMetadata().toByteArray());
        } catch (XmpParsingException e) {
            throw new IOException(e);
        }
        XMPBasicSchema basique = xmp.getXMPBasicSchema() == null ? xmp.createAndAddXMPBasicSchema()
                : xmp.getXMPBasicSchema();
        basique.setCreateDate(creation);
        basique.setModifyDate(creation);
        basique.setCreatorTool(info.getCreator());
        DublinCoreSchema dc = xmp.getDublinCoreSchema() == null ? xmp.createAndAddDublinCoreSchema()
                : xmp.getDublinCoreSchema();
        dc.setTitle(p.titre());
        dc.setDescription(p.sujet());
        for (String createur : dc.getCreators() == null ? List.<String>of() : List.copyOf(dc.getCreators())) {
            dc.removeCreator(createur);
        }
        dc.addCreator(p.auteur());
        AdobePDFSchema adobe = xmp.getAdobePDFSchema() == null ? xmp.createAndAddAdobePDFSchema()
                : xmp.getAdobePDFSchema();
        adobe.setProducer(info.getProducer());
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, octets, true);
        } catch (TransformerException e) {
            throw new IOException(e);
        }
        PDMetadata metadonnees = new PDMetadata(document);
        metadonnees.importXMPMetadata(octets.toByteArray());
        catalogue.setMetadata(metadonnees);

        // Fixed file identifier derived from the content: without it the writer would use the current time.
        byte[] id = Arrays.copyOf(Empreintes.sha256(p.graine()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
