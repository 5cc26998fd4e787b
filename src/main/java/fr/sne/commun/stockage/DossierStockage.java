package fr.sne.commun.stockage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * {@link Stockage} in a folder of the local disk (the embedded default): the key is the file's path under the
 * folder. A write goes to a hidden temporary file beside its target, flushed to the disk, then renamed over it (an
 * atomic rename on one file system), so a reader never sees half a file; the temporary file's name starts with a
 * dot, which no key may, so a listing never shows it.
 */
public final class DossierStockage implements Stockage {

    private static final int TAMPON = 64 * 1024;

    private final Path racine;

    public DossierStockage(Path racine) {
        this.racine = racine.toAbsolutePath().normalize();
    }

    public Path racine() {
        return racine;
    }

    @Override
    public Ecriture ecrire(String cle, InputStream contenu) {
        Path fichier = chemin(cle);
        try {
            Files.createDirectories(fichier.getParent());
            Path temporaire = Files.createTempFile(fichier.getParent(), ".ecriture-", ".tmp");
            try {
                FluxEmpreinte source = new FluxEmpreinte(contenu);
                try (FileChannel canal = FileChannel.open(temporaire, StandardOpenOption.WRITE);
                        OutputStream sortie = Channels.newOutputStream(canal)) {
                    source.transferTo(sortie);
                    sortie.flush();
                    canal.force(true);
                }
                try {
                    Files.move(temporaire, fichier, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporaire, fichier, StandardCopyOption.REPLACE_EXISTING);
                }
                return source.ecriture();
            } finally {
                Files.deleteIfExists(temporaire);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("écriture de " + cle + " impossible", e);
        }
    }

    @Override
    public Optional<InputStream> ouvrir(String cle) {
        Path fichier = chemin(cle);
        if (!Files.isRegularFile(fichier, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(fichier));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de " + cle + " impossible", e);
        }
    }

    @Override
    public Optional<InputStream> ouvrir(String cle, long debut, long longueur) {
        Path fichier = chemin(cle);
        CleStockage.validerPlage(debut, longueur);
        if (!Files.isRegularFile(fichier, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        FileChannel canal;
        try {
            canal = FileChannel.open(fichier, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de " + cle + " impossible", e);
        }
        try {
            // the size of the file opened: a replacement since is another file, this one stays whole
            long taille = canal.size();
            if (debut >= taille) {
                throw new IllegalArgumentException("plage hors du fichier : début " + debut + ", taille " + taille);
            }
            canal.position(debut);
            return Optional.of(new FluxBorne(Channels.newInputStream(canal), Math.min(longueur, taille - debut)));
        } catch (IOException | RuntimeException e) {
            try {
                canal.close();
            } catch (IOException f) {
                e.addSuppressed(f);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("lecture de " + cle + " impossible", io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public Optional<ObjetStocke> decrire(String cle) {
        try {
            BasicFileAttributes attributs = Files.readAttributes(chemin(cle), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributs.isRegularFile()
                    ? Optional.of(new ObjetStocke(cle, attributs.size(), attributs.lastModifiedTime().toInstant()))
                    : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de " + cle + " impossible", e);
        }
    }

    @Override
    public Stream<ObjetStocke> lister(String prefixe) {
        CleStockage.validerPrefixe(prefixe);
        int barre = prefixe.lastIndexOf('/');
        String dossier = barre < 0 ? "" : prefixe.substring(0, barre);
        String debutNom = prefixe.substring(barre + 1);
        Path depart = dossier.isEmpty() ? racine : racine.resolve(dossier);
        if (!Files.isDirectory(depart, LinkOption.NOFOLLOW_LINKS)) {
            return Stream.empty();
        }
        Parcours parcours = new Parcours(depart, dossier.isEmpty() ? "" : dossier + "/", debutNom);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(parcours,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT), false);
    }

    @Override
    public boolean supprimer(String cle) {
        try {
            return Files.deleteIfExists(chemin(cle));
        } catch (IOException e) {
            throw new UncheckedIOException("suppression de " + cle + " impossible", e);
        }
    }

    private Path chemin(String cle) {
        return racine.resolve(CleStockage.valider(cle));
    }

    /**
     * A depth-first walk in the order of the keys: each folder's entries sorted by name, a folder's name compared
     * as if followed by {@code /} (as its keys are), so that {@code a-b} comes before {@code a/b} as an object store
     * lists them. Only one folder's names are held at each level of depth.
     */
    private final class Parcours implements Iterator<ObjetStocke> {

        private static final Comparator<Entree> ORDRE = Comparator.comparing(Entree::tri);

        private final Deque<Iterator<Entree>> pile = new ArrayDeque<>();
        private @Nullable ObjetStocke suivant;

        Parcours(Path depart, String cleDepart, String debutNom) {
            pile.push(entrees(depart, cleDepart, debutNom).iterator());
        }

        @Override
        public boolean hasNext() {
            while (suivant == null && !pile.isEmpty()) {
                Iterator<Entree> niveau = pile.peek();
                if (!niveau.hasNext()) {
                    pile.pop();
                    continue;
                }
                Entree entree = niveau.next();
                if (entree.dossier()) {
                    pile.push(entrees(entree.chemin(), entree.cle() + "/", "").iterator());
                } else {
                    suivant = decrire(entree.cle()).orElse(null);
                }
            }
            return suivant != null;
        }

        @Override
        public ObjetStocke next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ObjetStocke objet = suivant;
            suivant = null;
            return objet;
        }

        private List<Entree> entrees(Path dossier, String cleDossier, String debutNom) {
            List<Entree> entrees = new ArrayList<>();
            try (DirectoryStream<Path> contenu = Files.newDirectoryStream(dossier)) {
                for (Path chemin : contenu) {
                    String nom = chemin.getFileName().toString();
                    String cle = cleDossier + nom;
                    if (!nom.startsWith(debutNom) || !CleStockage.estValide(cle)) {
                        continue; // temporary files, names no key could have
                    }
                    if (Files.isDirectory(chemin, LinkOption.NOFOLLOW_LINKS)) {
                        entrees.add(new Entree(chemin, cle, true, nom + "/"));
                    } else if (Files.isRegularFile(chemin, LinkOption.NOFOLLOW_LINKS)) {
                        entrees.add(new Entree(chemin, cle, false, nom));
                    }
                }
            } catch (NoSuchFileException e) {
                return List.of(); // deleted while listing
            } catch (IOException e) {
                throw new UncheckedIOException("liste de " + cleDossier + " impossible", e);
            }
            entrees.sort(ORDRE);
            return entrees;
        }
    }

    private record Entree(Path chemin, String cle, boolean dossier, String tri) {
    }
}
