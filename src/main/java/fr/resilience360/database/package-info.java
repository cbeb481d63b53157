/**
 * Provides the PostgreSQL database: an embedded server persisted under the data directory when no
 * {@code spring.datasource.url} is configured, otherwise the configured server; its backups ({@code backup},
 * {@code restore} with PostgreSQL's own tools, the optional nightly backup).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package fr.resilience360.database;
