package fr.sne.identite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA key pair of the embedded issuer. Kept as a JWK file ({@value #FICHIER}) in the given folder so that
 * tokens survive a restart; generated there on first start. Without a folder the key lives in memory only.
 */
final class CleSignatureLocale {

    static final String FICHIER = "cle-signature.jwk.json";

    private static final Logger LOG = LoggerFactory.getLogger(CleSignatureLocale.class);

    private CleSignatureLocale() {
    }

    static RSAKey charger(@Nullable String repertoire) {
        if (repertoire == null || repertoire.isBlank()) {
            return generer();
        }
        Path fichier = Path.of(repertoire).toAbsolutePath().resolve(FICHIER);
        try {
            if (Files.exists(fichier)) {
                RSAKey cle = RSAKey.parse(Files.readString(fichier, StandardCharsets.UTF_8));
                if (!cle.isPrivate()) {
                    throw new IllegalStateException("La clé " + fichier + " ne contient pas de partie privée.");
                }
                return cle;
            }
            RSAKey cle = generer();
            ecrire(fichier, cle);
            LOG.info("Clé de signature des jetons créée dans {}", fichier);
            return cle;
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture/écriture de la clé de signature " + fichier, e);
        } catch (ParseException e) {
            throw new IllegalStateException("Clé de signature illisible : " + fichier, e);
        }
    }

    static RSAKey generer() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Génération de la clé RSA impossible", e);
        }
    }

    private static void ecrire(Path fichier, RSAKey cle) throws IOException {
        Files.createDirectories(fichier.getParent());
        Path temporaire = Files.createTempFile(fichier.getParent(), "cle-", ".tmp");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporaire, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(temporaire, cle.toJSONString(), StandardCharsets.UTF_8);
        try {
            Files.move(temporaire, fichier, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporaire, fichier, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
