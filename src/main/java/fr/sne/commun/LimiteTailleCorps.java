package fr.sne.commun;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request body larger than {@code sne.api.taille-max-corps} (413 problem document), or than the limit of
 * its path in {@code sne.api.taille-max-corps-par-chemin} ({@code /prefix=size} entries, comma-separated: the
 * longest prefix that matches decides; e.g. the scanned bundles of {@code /v1.0/numerisation}): at once when its
 * Content-Length says so, otherwise as soon as that many bytes have been read (chunked bodies). A demande, even
 * with every free text at its maximum length, is far below. A body in a content coding (gzip…) is refused with
 * 415: none is supported, and reading it as plain JSON would be wrong.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LimiteTailleCorps extends OncePerRequestFilter {

    private final long maxParDefaut;
    /** Path prefixes with their own limit, longest first. */
    private final java.util.List<java.util.Map.Entry<String, Long>> parChemin;

    LimiteTailleCorps(@Value("${sne.api.taille-max-corps:256KB}") DataSize max,
            @Value("${sne.api.taille-max-corps-par-chemin:}") java.util.List<String> parChemin) {
        this.maxParDefaut = max.toBytes();
        java.util.List<java.util.Map.Entry<String, Long>> limites = new java.util.ArrayList<>();
        for (String entree : parChemin) {
            if (entree.isBlank()) {
                continue;
            }
            int egal = entree.indexOf('=');
            if (egal < 2 || !entree.startsWith("/")) {
                throw new IllegalStateException("sne.api.taille-max-corps-par-chemin : « /chemin=taille » attendu, "
                        + "pas « " + entree + " »");
            }
            limites.add(java.util.Map.entry(entree.substring(0, egal).strip(),
                    DataSize.parse(entree.substring(egal + 1).strip()).toBytes()));
        }
        limites.sort(java.util.Map.Entry.<String, Long>comparingByKey(
                java.util.Comparator.comparingInt(String::length)).reversed());
        this.parChemin = java.util.List.copyOf(limites);
    }

    /** The limit of a request to this path (without the context path). */
    long max(String chemin) {
        for (java.util.Map.Entry<String, Long> limite : parChemin) {
            String prefixe = limite.getKey();
            if (chemin.equals(prefixe) || chemin.startsWith(prefixe.endsWith("/") ? prefixe : prefixe + "/")) {
                return limite.getValue();
            }
        }
        return maxParDefaut;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws ServletException, IOException {
        long max = max(requete.getRequestURI().substring(requete.getContextPath().length()));
        if (requete.getContentLengthLong() > max) {
            reponse.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        String codage = requete.getHeader(HttpHeaders.CONTENT_ENCODING);
        if (codage != null && !codage.isBlank() && !"identity".equalsIgnoreCase(codage.strip())) {
            // a compressed body would be read as if it were not: refused rather than misread
            reponse.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
            return;
        }
        chaine.doFilter(new RequeteBornee(requete, max), reponse);
    }

    /** Thrown while reading past the limit; the error handler answers 413. */
    static final class CorpsTropVolumineuxException extends IOException {

        CorpsTropVolumineuxException(long max) {
            super("Corps de requête au-delà de " + max + " octets");
        }
    }

    private static final class RequeteBornee extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream flux;

        RequeteBornee(HttpServletRequest requete, long max) {
            super(requete);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (flux == null) {
                flux = new FluxBorne(super.getInputStream(), max);
            }
            return flux;
        }
    }

    private static final class FluxBorne extends ServletInputStream {

        private final ServletInputStream source;
        private final long max;
        private long lus;

        FluxBorne(ServletInputStream source, long max) {
            this.source = source;
            this.max = max;
        }

        private void compter(long n) throws CorpsTropVolumineuxException {
            if (n > 0) {
                lus += n;
                if (lus > max) {
                    throw new CorpsTropVolumineuxException(max);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int octet = source.read();
            compter(octet < 0 ? 0 : 1);
            return octet;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = source.read(b, off, len);
            compter(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return source.isFinished();
        }

        @Override
        public boolean isReady() {
            return source.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            source.setReadListener(listener);
        }
    }
}
