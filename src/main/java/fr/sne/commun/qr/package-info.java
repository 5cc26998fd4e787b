/**
 * The one QR code scheme of the registry's printed sheets (ADR 0024): attestations d'enregistrement and de
 * renouvellement, fiche de transmission. The code carries the kind of sheet, the numéro unique, the date it was
 * printed and a signature (HMAC-SHA256 with {@code sne.qr.cle}), so that a scanned sheet is matched to its demande
 * and a forged or altered one is refused. {@link SceauQr} signs, draws and verifies; {@link LecteurQr} finds the
 * code on a page image or on a PDF page.
 */
@NullMarked
package fr.sne.commun.qr;

import org.jspecify.annotations.NullMarked;
