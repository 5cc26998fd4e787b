package fr.sne.commun;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the REST API: {@link GestionnaireErreurs} answers its errors as RFC 9457 problem
 * documents. Controllers of a web front end do not carry it, so that they can have their own error pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ControleurApi {
}
