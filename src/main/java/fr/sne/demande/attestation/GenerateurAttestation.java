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
import fr.sne.demande.attestation.DonneesAttestation.Organisme;
import fr.sne.demande.attestation.DonneesAttestation.Personne;

/**
 * The attestation d'enregistrement (article R441-2-4 CCH) as an accessible PDF (PDF/UA-1): the template
 * {@code documents/attestation.html} holds the wording, this class only prepares its model (printable texts,
 * dates formatted in Europe/Paris). Deterministic: the same {@link DonneesAttestation} always gives the same bytes.
 */
@Component
public class GenerateurAttestation {

    static final String MODELE = "attestation";
    static final String TITRE = "Attestation d'enregistrement de demande de logement social";
    static final String AUTEUR = "SNE";
    static final String SUJET = "Article R441-2-4 du code de la construction et de l'habitation";
    static final ZoneId FUSEAU = HorlogeConfiguration.FUSEAU;
    static final String PORTAIL = "www.demande-logement-social.gouv.fr";
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final GenerateurPdf pdf;

    public GenerateurAttestation(GenerateurPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] generer(DonneesAttestation d) {
        PolicesDocument polices = pdf.polices();
        boolean transcrit = Stream.concat(Stream.of(d.demandeur()), d.coDemandeurs().stream())
                .flatMap(p -> Stream.concat(Stream.of(p.nom(), p.prenoms()), p.adresse().stream()))
                .anyMatch(polices::doitTranscrire);
        DonneesAttestation imprimable = imprimable(d, polices);
        ProprietesDocument proprietes = new ProprietesDocument(TITRE + " — " + imprimable.numeroUnique(), AUTEUR,
                SUJET, d.genereLe(), d.toString());
        return pdf.pdf(MODELE, Map.of("d", imprimable, "v", new Vue(imprimable, transcrit)), proprietes);
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
                d.genereLe());
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
    public record Vue(DonneesAttestation d, boolean transcrit) {

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
