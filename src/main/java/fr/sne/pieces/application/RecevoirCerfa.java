package fr.sne.pieces.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.stockage.Ecriture;
import fr.sne.commun.stockage.Stockage;
import fr.sne.pieces.application.port.DocumentsPdf;
import fr.sne.pieces.application.port.FileCerfas;
import fr.sne.pieces.domaine.CerfaNumerise;

/**
 * The digitisation provider hands in a scanned paper Cerfa that has no demande yet (no QR code: the applicant sent
 * the form itself by post, issue 17 §3, ADR 0025): it joins the national entry centre's data-entry queue. The file
 * must be a PDF by its content, unencrypted, without JavaScript or embedded files; the same scan twice is refused
 * ({@code CERFA_DEJA_RECU}, or {@code CERFA_DEJA_SAISI} once its demande is registered). Its bytes go to the store
 * under {@code cerfas/<uuid>} (no personal data), then its row; nothing is kept when refused.
 */
@Service
public class RecevoirCerfa {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._/-]{1,100}");

    private final FileCerfas file;
    private final DocumentsPdf pdf;
    private final Stockage stockage;
    private final Clock horloge;

    RecevoirCerfa(FileCerfas file, DocumentsPdf pdf, Stockage stockage, Clock horloge) {
        this.file = file;
        this.pdf = pdf;
        this.stockage = stockage;
        this.horloge = horloge;
    }

    /**
     * @param fichier    the scan, already on disk (the caller deletes it)
     * @param pagesCerfa how many first pages are the form (the rest: attached pieces); all when not said
     * @param reference  the provider's reference of the envelope, if any
     * @return the scan as queued
     */
    public CerfaNumerise recevoir(Path fichier, @Nullable Integer pagesCerfa, @Nullable String reference,
            Acteur acteur) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            erreurs.add(new ErreurChamp("reference", CodeMotif.FORMAT_INVALIDE.name(), "La référence du pli compte "
                    + "de 1 à 100 lettres sans accent, chiffres, points, tirets, soulignés ou barres obliques."));
        }
        int pages = 0;
        try {
            pages = pdf.examiner(fichier);
        } catch (DocumentsPdf.PdfRefuse refus) {
            CodeMotif code = refus.estUnPdf() ? CodeMotif.CERFA_PDF_REFUSE : CodeMotif.CERFA_PDF_ATTENDU;
            erreurs.add(new ErreurChamp("fichier", code.name(), code.message(Map.of("raison", refus.getMessage()))));
        }
        if (pagesCerfa != null && (pagesCerfa < 1 || (pages > 0 && pagesCerfa > pages))) {
            erreurs.add(new ErreurChamp("pagesCerfa", CodeMotif.FORMAT_INVALIDE.name(), "Le nombre de pages du "
                    + "formulaire va de 1 au nombre de pages du PDF" + (pages > 0 ? " (" + pages + ")." : ".")));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        UUID id = UUID.randomUUID();
        String cle = CerfaNumerise.cleStockage(id);
        Ecriture ecriture;
        try (InputStream contenu = Files.newInputStream(fichier)) {
            ecriture = stockage.ecrire(cle, contenu);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refuserSiDejaRecu(ecriture.sha256(), cle);
        Instant maintenant = Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
        CerfaNumerise cerfa = new CerfaNumerise(id, ecriture.sha256(), ecriture.taille(), pages,
                pagesCerfa == null ? pages : pagesCerfa, reference, acteur.identifiant(), maintenant,
                CerfaNumerise.Etat.A_SAISIR, null, null, null, null);
        boolean ajoute;
        try {
            ajoute = file.ajouter(cerfa, cle);
        } catch (RuntimeException e) {
            stockage.supprimer(cle);
            throw e;
        }
        if (!ajoute) {
            // the same scan sent twice at once: the other one is queued
            refuserSiDejaRecu(ecriture.sha256(), cle);
            throw new IllegalStateException("Cerfa numérisé ni ajouté ni trouvé : " + id);
        }
        return cerfa;
    }

    private void refuserSiDejaRecu(String sha256, String cle) {
        file.parSha256(sha256).ifPresent(existant -> {
            stockage.supprimer(cle);
            CodeMotif code = existant.etat() == CerfaNumerise.Etat.SAISI ? CodeMotif.CERFA_DEJA_SAISI
                    : CodeMotif.CERFA_DEJA_RECU;
            throw new ConflitException(code, code.message(), Map.of());
        });
    }
}
