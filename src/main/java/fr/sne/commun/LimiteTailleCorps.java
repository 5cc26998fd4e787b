package fr.sne.commun;

import java.io.IOException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.server.PathContainer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request body larger than the limit of its path (413 problem document): at once when its Content-Length
 * says so, before anything is read, otherwise as soon as that many bytes have been read (chunked bodies read by the
 * application; a multipart body is read by the servlet container's parser, which stops at the ceiling of
 * {@link Televersements}). The limit of a path is the first of {@code sne.api.limites-corps} whose pattern (a Spring
 * path pattern: {@code /v1.0/demandes/{numero}/pieces}) matches it, else {@code sne.api.taille-max-corps}: a
 * demande, even with every free text at its maximum length, is far below; a piece justificative has its own. A body
 * in a content coding (gzip…) is refused with 415: none is supported, and reading it as plain JSON would be wrong.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LimiteTailleCorps extends OncePerRequestFilter {

    /** The limit of the paths a pattern matches. */
    public record LimiteChemin(String chemin, DataSize tailleMax) {
    }

    private final long max;
    private final List<Limite> limites;

    private record Limite(PathPattern chemin, long max) {
    }

    LimiteTailleCorps(@Value("${sne.api.taille-max-corps:256KB}") DataSize max, Environment environnement) {
        this.max = max.toBytes();
        this.limites = Binder.get(environnement)
                .bind("sne.api.limites-corps", Bindable.listOf(LimiteChemin.class)).orElse(List.of()).stream()
                .map(l -> new Limite(PathPatternParser.defaultInstance.parse(l.chemin()), l.tailleMax().toBytes()))
                .toList();
    }

    /** The limit of a path (without the context path). */
    long limite(String chemin) {
        PathContainer conteneur = PathContainer.parsePath(chemin);
        return limites.stream().filter(l -> l.chemin().matches(conteneur)).findFirst().map(Limite::max).orElse(max);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws ServletException, IOException {
        long max = limite(requete.getRequestURI().substring(requete.getContextPath().length()));
        if (requete.getContentLengthLong() > max) {
            // written here, not through the error page: a multipart body would be parsed again on the error dispatch
            refuser(reponse);
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

    /** The 413 problem document, the connection closed (the body is not read). */
    private static void refuser(HttpServletResponse reponse) throws IOException {
        org.springframework.http.ProblemDetail probleme = ReponsesErreur.pourStatut(HttpStatus.CONTENT_TOO_LARGE.value());
        java.util.Map<String, Object> document = new java.util.LinkedHashMap<>();
        document.put("type", String.valueOf(probleme.getType()));
        document.put("title", probleme.getTitle());
        document.put("status", probleme.getStatus());
        document.put("detail", probleme.getDetail());
        if (probleme.getProperties() != null) {
            document.putAll(probleme.getProperties());
        }
        byte[] corps = JSON.writeValueAsBytes(document);
        reponse.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        reponse.setHeader(HttpHeaders.CONNECTION, "close");
        reponse.setContentType("application/problem+json");
        reponse.setContentLength(corps.length);
        reponse.getOutputStream().write(corps);
        reponse.flushBuffer();
    }

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

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
