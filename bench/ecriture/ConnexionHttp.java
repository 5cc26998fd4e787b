import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTP/1.1 keep-alive connection for the load generators, lean on purpose: a request is bytes built before the
 * clock (see {@link #requete}), sending it is one write, reading the answer parses the status line and the two
 * headers that say where the body ends (Content-Length, chunked) and skips the body in one reused buffer. No
 * thread, future or object per request, so the generator leaves the CPU to the server it measures (the JDK's
 * HttpClient cost about 1.3 ms of CPU per registration here, a quarter of what the server spent). Reconnects when
 * the server closes (Tomcat does after 100 requests on a connection) and sends again a request whose answer had not
 * started. Used by ChargeEnregistrement and ChargeLectures (Java's multi-file source launcher finds it beside them).
 */
final class ConnexionHttp implements AutoCloseable {

    private final String hote;
    private final int port;
    private final byte[] tampon = new byte[64 * 1024];
    private int debut;
    private int fin;
    private Socket socket;
    private InputStream entree;
    private OutputStream sortie;

    ConnexionHttp(URI base) {
        this.hote = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    /** The bytes of a request: request line, Host, the given headers, Content-Length and the body if any. */
    static byte[] requete(String methode, URI base, String chemin, Map<String, String> enTetes, byte[] corps) {
        StringBuilder s = new StringBuilder(256).append(methode).append(' ').append(chemin).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getAuthority()).append("\r\n");
        enTetes.forEach((nom, valeur) -> s.append(nom).append(": ").append(valeur).append("\r\n"));
        if (corps != null) {
            s.append("Content-Length: ").append(corps.length).append("\r\n");
        }
        byte[] tete = s.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        if (corps == null) {
            return tete;
        }
        byte[] tout = new byte[tete.length + corps.length];
        System.arraycopy(tete, 0, tout, 0, tete.length);
        System.arraycopy(corps, 0, tout, tete.length, corps.length);
        return tout;
    }

    /** Sends a request and reads its whole answer; returns the status. */
    int envoyer(byte[] requete) throws IOException {
        for (int essai = 0; ; essai++) {
            boolean commencee = false;
            try {
                if (socket == null) {
                    ouvrir();
                }
                sortie.write(requete);
                int premier = octet();
                commencee = true;
                return lireReponse(premier);
            } catch (IOException e) {
                fermer();
                if (commencee || essai > 0) {
                    throw e;
                }
            }
        }
    }

    private void ouvrir() throws IOException {
        socket = new Socket(hote, port);
        socket.setTcpNoDelay(true);
        entree = socket.getInputStream();
        sortie = socket.getOutputStream();
        debut = fin = 0;
    }

    private int lireReponse(int premier) throws IOException {
        String ligne = (char) premier + ligne();
        int statut = Integer.parseInt(ligne.substring(9, 12));
        long longueur = 0;
        boolean morceaux = false;
        boolean fermeture = false;
        for (String tete = ligne(); !tete.isEmpty(); tete = ligne()) {
            int deuxPoints = tete.indexOf(':');
            if (deuxPoints < 0) {
                continue;
            }
            String nom = tete.substring(0, deuxPoints).trim();
            String valeur = tete.substring(deuxPoints + 1).trim();
            if (nom.equalsIgnoreCase("Content-Length")) {
                longueur = Long.parseLong(valeur);
            } else if (nom.equalsIgnoreCase("Transfer-Encoding")) {
                morceaux = valeur.toLowerCase().contains("chunked");
            } else if (nom.equalsIgnoreCase("Connection")) {
                fermeture = valeur.equalsIgnoreCase("close");
            }
        }
        if (morceaux) {
            for (long taille = Long.parseLong(ligne().split(";")[0].trim(), 16); taille > 0;
                    taille = Long.parseLong(ligne().split(";")[0].trim(), 16)) {
                sauter(taille);
                ligne();
            }
            while (!ligne().isEmpty()) {
                // trailers
            }
        } else {
            sauter(longueur);
        }
        if (fermeture) {
            fermer();
        }
        return statut;
    }

    private int octet() throws IOException {
        if (debut == fin) {
            remplir();
        }
        return tampon[debut++] & 0xff;
    }

    private void remplir() throws IOException {
        int lus = entree.read(tampon, 0, tampon.length);
        if (lus < 0) {
            throw new EOFException("connexion fermée par le serveur");
        }
        debut = 0;
        fin = lus;
    }

    /** A header line without its CRLF (headers are ASCII). */
    private String ligne() throws IOException {
        StringBuilder s = new StringBuilder(64);
        for (int c = octet(); c != '\n'; c = octet()) {
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    private void sauter(long n) throws IOException {
        while (n > 0) {
            if (debut == fin) {
                remplir();
            }
            int pris = (int) Math.min(n, fin - debut);
            debut += pris;
            n -= pris;
        }
    }

    private void fermer() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // closing a connection the server already closed
        }
        socket = null;
    }

    @Override
    public void close() {
        fermer();
    }
}
