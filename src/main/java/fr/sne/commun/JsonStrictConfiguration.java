package fr.sne.commun;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON the API reads is taken literally: no scalar coercion ({@code true} is not the text "true", {@code -1}
 * is neither a date nor a yes, {@code 1.5} is not the integer 1, {@code []} is not an absent date), no
 * {@code null} inside a list, no duplicate key, nothing after the document, and every unknown field is reported
 * (not only the first); a number has at most {@link NombreSaisi#LONGUEUR_MAX} characters. This strict mapper is
 * the API's only: the application's {@link JsonMapper} bean, used to read the documents already stored, stays
 * lenient so that older documents remain readable.
 */
@Configuration(proxyBeanMethods = false)
class JsonStrictConfiguration {

    /** Runs after Spring Boot's customizer (order 0), whose JSON converter it replaces. */
    @Bean
    @Order(10)
    ServerHttpMessageConvertersCustomizer convertisseurJsonStrict(JsonMapper json) {
        JacksonJsonHttpMessageConverter convertisseur = new ConvertisseurStrict(strict(json));
        return builder -> builder.withJsonConverter(convertisseur);
    }

    static JsonMapper strict(JsonMapper json) {
        int longueurNombres = json.tokenStreamFactory().streamReadConstraints().getMaxNumberLength();
        if (longueurNombres != NombreSaisi.LONGUEUR_MAX) {
            // the web forms bound numbers by NombreSaisi: the API must read them within the same bound
            throw new IllegalStateException("Le lecteur JSON borne les nombres à " + longueurNombres
                    + " caractères, NombreSaisi à " + NombreSaisi.LONGUEUR_MAX);
        }
        return json.rebuild()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultLeniency(false)
                .withCoercionConfig(LogicalType.Textual, c -> refuser(c, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Integer, c -> refuser(c, CoercionInputShape.Float,
                        CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Float, c -> refuser(c, CoercionInputShape.Boolean,
                        CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Boolean, c -> refuser(c, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.DateTime, c -> refuser(c, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.POJO, c -> refuser(c, CoercionInputShape.EmptyString))
                .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .addModule(new SimpleModule("sne-strict").addDeserializer(LocalDate.class, new DateStricte()))
                .addHandler(new ChampsInconnus())
                .build();
    }

    /** No value of these shapes becomes a value of the type: an empty array never, whatever the type. */
    private static void refuser(MutableCoercionConfig c, CoercionInputShape... formes) {
        c.setAcceptBlankAsEmpty(false);
        c.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
        for (CoercionInputShape forme : formes) {
            c.setCoercion(forme, CoercionAction.Fail);
        }
    }

    /** The unknown fields met while reading one request body. */
    static final ScopedValue<List<String>> INCONNUS = ScopedValue.newInstance();

    /** Notes an unknown field, skips its value and goes on, so that all of them are reported together. */
    private static final class ChampsInconnus extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            if (!INCONNUS.isBound()) {
                return false;
            }
            String chemin = chemin(p.streamReadContext(), p.currentToken(), propertyName);
            // the buffering parser of a record's creator may repeat the name in its context: said once
            String deuxFois = "." + propertyName + "." + propertyName;
            if (chemin.endsWith(deuxFois)) {
                chemin = chemin.substring(0, chemin.length() - propertyName.length() - 1);
            }
            INCONNUS.get().add(chemin);
            p.skipChildren();
            return true;
        }
    }

    /**
     * The path of a property being read ("demandeur.ressourcesMensuelles[0].x"), from the parser's context: that
     * of the object holding it, or of its own value when the parser already stands on the value's start.
     */
    static String chemin(@Nullable TokenStreamContext contexte, @Nullable JsonToken jeton, String propriete) {
        for (TokenStreamContext c = contexte; c != null; c = c.getParent()) {
            if (c.inObject() && propriete.equals(c.currentName())) {
                return chemin(c.pathAsPointer().toString(), null);
            }
        }
        return chemin(contexte == null ? "" : contexte.pathAsPointer().toString(), propriete);
    }

    /** "/demandeur/ressourcesMensuelles/0" and "x" → "demandeur.ressourcesMensuelles[0].x". */
    private static String chemin(String pointeur, @Nullable String propriete) {
        {
            StringBuilder chemin = new StringBuilder();
            for (String segment : pointeur.split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                if (segment.chars().allMatch(Character::isDigit)) {
                    chemin.append('[').append(segment).append(']');
                } else {
                    chemin.append(chemin.isEmpty() ? "" : ".")
                            .append(segment.replace("~1", "/").replace("~0", "~"));
                }
            }
            if (propriete == null) {
                return chemin.toString();
            }
            return chemin.append(chemin.isEmpty() ? "" : ".").append(propriete).toString();
        }
    }

    /**
     * A date is an ISO text ("1988-04-12") and nothing else: not a number of days, not an array, not an empty
     * array standing for no date.
     */
    private static final class DateStricte extends StdDeserializer<LocalDate> {

        DateStricte() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String texte = p.getString();
            try {
                return LocalDate.parse(texte);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, texte,
                        "date attendue au format AAAA-MM-JJ");
            }
        }
    }

    /** Thrown (as the cause of an unreadable message) when the body named fields the API does not know. */
    public static final class ChampsInconnusException extends RuntimeException {

        private final List<String> champs;

        ChampsInconnusException(List<String> champs) {
            super("Champs inconnus : " + champs);
            this.champs = List.copyOf(champs);
        }

        public List<String> champs() {
            return champs;
        }
    }

    private static final class ConvertisseurStrict extends JacksonJsonHttpMessageConverter {

        ConvertisseurStrict(JsonMapper json) {
            super(json);
        }

        @Override
        public Object read(ResolvableType type, HttpInputMessage message, Map<String, Object> hints)
                throws IOException, HttpMessageNotReadableException {
            List<String> inconnus = new ArrayList<>();
            Object lu;
            try {
                lu = ScopedValue.where(INCONNUS, inconnus).call(() -> super.read(type, message, hints));
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (!inconnus.isEmpty()) {
                throw new HttpMessageNotReadableException("Champs inconnus : " + inconnus,
                        new ChampsInconnusException(inconnus), message);
            }
            return lu;
        }
    }
}
