/**
 * The REST API's edge: its bearer-token filter chain ({@code /v1.0/**}, actuator, API description), the actor
 * of each call, the rate limit, the OpenAPI description and the API's 401/403 problem documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
@org.jspecify.annotations.NullMarked
package fr.sne.api;
