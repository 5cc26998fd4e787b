package fr.sne.demande.attestation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.document.PolicesDocument;
import fr.sne.commun.document.ProprietesDocument;
import fr.sne.commun.qr.ContenuQr;
import fr.sne.commun.qr.NatureFeuille;
import fr.sne.commun.qr.SceauQr;
import fr.sne.demande.attestation.DonneesAttestation.Organisme;
import fr.sne.demande.attestation.DonneesAttestation.Personne;

/**
 * The attestation d'enregistrement (article R441-2-4 CCH) as an accessible PDF (PDF/UA-1): the template
 * {@code documents/attestation.html} holds the wording, this class only prepares its model (printable texts,
 * dates formatted in Europe/Paris). Deterministic: the same {@link DonneesAttestation} always gives the same bytes.
 * <p>
 * Its first page, the one the applicant sends back with paper pieces, carries the signed QR code of the registry's
 * printed sheets ({@link SceauQr}, ADR 0024): an attestation d'enregistrement or de renouvellement, its numéro unique
 * and its day, so that the digitisation provider files the pieces on the demande.
 */
@Component
public class GenerateurAttestation {

    static final String MODELE = "attestation";
    static final String TITRE = "Attestation d'enregistrement de demande de logement social";
    static final String TITRE_RENOUVELLEMENT = "Attestation de renouvellement de demande de logement social";
    static final String AUTEUR = "SNE";
    static final String SUJET = "Article R441-2-4 du code de la construction et de l'habitation";
    static final ZoneId FUSEAU = HorlogeConfiguration.FUSEAU;
    static final String PORTAIL = "www.demande-logement-social.gouv.fr";
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final GenerateurPdf pdf;
    private final SceauQr sceau;

    public GenerateurAttestation(GenerateurPdf pdf, SceauQr sceau) {
        this.pdf = pdf;
        this.sceau = sceau;
    }

    public byte[] generer(DonneesAttestation d) {
        PolicesDocument polices = pdf.polices();
        boolean transcrit = Stream.concat(Stream.of(d.demandeur()), d.coDemandeurs().stream())
                .flatMap(p -> Stream.concat(Stream.of(p.nom(), p.prenoms()), p.adresse().stream()))
                .anyMatch(polices::doitTranscrire);
        DonneesAttestation imprimable = imprimable(d, polices);
        String titre = d.dateDernierRenouvellement() == null ? TITRE : TITRE_RENOUVELLEMENT;
        ProprietesDocument proprietes = new ProprietesDocument(titre + " — " + imprimable.numeroUnique(), AUTEUR,
                SUJET, d.genereLe(), d.toString());
        String qrCode = sceau.uriDonnees(contenuQr(d));
        return pdf.pdf(MODELE, Map.of("d", imprimable, "v", new Vue(imprimable, transcrit, qrCode)), proprietes);
    }

    /** What the attestation's QR code says: its kind, the numéro unique and the day it was issued. */
    public static ContenuQr contenuQr(DonneesAttestation d) {
        return new ContenuQr(d.dateDernierRenouvellement() == null ? NatureFeuille.ATTESTATION_ENREGISTREMENT
                : NatureFeuille.ATTESTATION_RENOUVELLEMENT, d.numeroUnique(), d.genereLe().atZone(FUSEAU).toLocalDate());
    }

    /** The same data with every free text made printable with the embedded fonts. */
    static DonneesAttestation imprimable(DonneesAttestation d, PolicesDocument polices) {
        return new DonneesAttestation(
                polices.imprimable(d.numeroUnique()),
                d.dateDepot(),
                d.dateDernierRenouvellement(),
                d.dateFinValidite(),
                d.dateSaisineDalo(),
                d.commissionDaloAdresse() == null ? null
                        : String.join("\n", d.commissionDaloAdresse().lines().map(polices::imprimable).toList()),
                personne(d.demandeur(), polices),
                d.coDemandeurs().stream().map(p -> personne(p, polices)).toList(),
                organisme(d.guichet(), polices),
                polices.imprimable(d.territoireLibelle()),
                d.communesSouhaitees().stream().map(polices::imprimable).toList(),
                d.demandeElargie(),
                d.typesLogement().stream().map(polices::imprimable).toList(),
                d.nombrePersonnes(),
                d.bailleurs().stream().map(b -> organisme(b, polices)).toList(),
                d.genereLe(),
                d.codePersonnel());
    }

    private static Personne personne(Personne p, PolicesDocument polices) {
        return new Personne(polices.imprimable(p.civilite()), polices.imprimable(p.nom()),
                polices.imprimable(p.prenoms()), p.adresse().stream().map(polices::imprimable).toList());
    }

    private static Organisme organisme(Organisme o, PolicesDocument polices) {
        return new Organisme(polices.imprimable(o.nom()), o.adresse().stream().map(polices::imprimable).toList(),
                o.telephone() == null || o.telephone().isBlank() ? null : polices.imprimable(o.telephone()));
    }

    static String date(LocalDate date) {
        return JJ_MM_AAAA.format(date);
    }

    static String date(Instant instant) {
        return JJ_MM_AAAA.format(instant.atZone(FUSEAU));
    }

    /** Formatted values and small helpers the template calls ({@code v.…}). */
    public record Vue(DonneesAttestation d, boolean transcrit, String qrCode) {

        /** True when the demande has been renewed: the document is then an attestation de renouvellement. */
        public boolean renouvellement() {
            return d.dateDernierRenouvellement() != null;
        }

        public String intitule() {
            return renouvellement() ? "Attestation de renouvellement" : "Attestation d'enregistrement";
        }

        public String delivreeLe() {
            return date(d.genereLe());
        }

        public String dateDepot() {
            return date(d.dateDepot());
        }

        public @Nullable String dernierRenouvellement() {
            return d.dateDernierRenouvellement() == null ? null : date(d.dateDernierRenouvellement());
        }

        public String finValidite() {
            return date(d.dateFinValidite());
        }

        /** Null when the territory's "délai anormalement long" is not configured. */
        public @Nullable String saisineDalo() {
            return d.dateSaisineDalo() == null ? null : date(d.dateSaisineDalo());
        }

        /** The commission's address lines; empty when not configured. */
        public List<String> commissionDalo() {
            return d.commissionDaloAdresse() == null || d.commissionDaloAdresse().isBlank() ? List.of()
                    : d.commissionDaloAdresse().lines().toList();
        }

        public @Nullable String telephoneGuichet() {
            return d.guichet().telephone();
        }

        public String portail() {
            return PORTAIL;
        }

        public List<Personne> personnes() {
            List<Personne> toutes = new ArrayList<>();
            toutes.add(d.demandeur());
            toutes.addAll(d.coDemandeurs());
            return toutes;
        }

        public String nomComplet(Personne p) {
            return (p.civilite() + " " + p.prenoms() + " " + p.nom()).trim();
        }

        /** "Name — address, lines — tél. number". */
        public String organisme(Organisme o) {
            StringBuilder texte = new StringBuilder(o.nom());
            if (!o.adresse().isEmpty()) {
                texte.append(" — ").append(String.join(", ", o.adresse()));
            }
            if (o.telephone() != null) {
                texte.append(" — tél. ").append(o.telephone());
            }
            return texte.toString();
        }
    }
}
