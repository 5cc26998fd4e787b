package fr.sne.commun;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the controllers of the professional web application's pages (HTML, session, CSRF): they get the page
 * layout's model (the signed-in agent, the session's expiry) and HTML error pages, never the API's problem
 * documents (which belong to {@link ControleurApi} controllers).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PagesWeb {
}
