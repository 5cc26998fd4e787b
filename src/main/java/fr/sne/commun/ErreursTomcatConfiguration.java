package fr.sne.commun;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that Tomcat answers itself, before any filter or controller (an invalid URI, a header over the size
 * limit…), are written as JSON problem documents too, instead of Tomcat's HTML page.
 */
@Configuration(proxyBeanMethods = false)
class ErreursTomcatConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> pageErreurTomcat() {
        return factory -> factory.addContextCustomizers(contexte -> {
            if (contexte.getParent() instanceof StandardHost hote) {
                hote.setErrorReportValveClass(ValveProbleme.class.getName());
            }
        });
    }

    /** Tomcat's error report, as a problem document. Public: Tomcat instantiates it by its name. */
    public static class ValveProbleme extends ErrorReportValve {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int statut = response.getStatus();
            if (statut < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            ProblemDetail probleme = ReponsesErreur.pourStatut(statut);
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer sortie = response.getReporter();
                if (sortie != null) {
                    Map<String, Object> document = new LinkedHashMap<>();
                    document.put("type", String.valueOf(probleme.getType()));
                    document.put("title", probleme.getTitle());
                    document.put("status", statut);
                    document.put("detail", probleme.getDetail());
                    if (probleme.getProperties() != null) {
                        document.putAll(probleme.getProperties());
                    }
                    sortie.write(JSON.writeValueAsString(document));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response already started: nothing more can be said
            }
        }
    }
}
