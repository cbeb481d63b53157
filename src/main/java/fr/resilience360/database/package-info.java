/**
 * Provides the PostgreSQL database: an embedded server persisted under the data directory when no
 * {@code spring.datasource.url} is configured, otherwise the configured server.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package fr.resilience360.database;
