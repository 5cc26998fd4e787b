/** The attribution chain's tables (SQL through JdbcClient) and the ports' implementations. */
@org.jspecify.annotations.NullMarked
package fr.sne.attribution.infrastructure;
