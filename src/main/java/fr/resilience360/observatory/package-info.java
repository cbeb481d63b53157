/**
 * The observatory: official open datasets imported once for the whole country (validation, code folding, generic
 * importer) and turned into indicator values for every territory with their provenance, aggregated to every scale
 * with each indicator's rule; ranks, percentiles and distributions computed when the values change. Its root package
 * is the API other modules read ({@link fr.resilience360.observatory.Observatory},
 * {@link fr.resilience360.observatory.RelativePositions}); {@code importing}, {@code aggregation} and
 * {@code area} (climate grid means inside outlines) are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "database"})
package fr.resilience360.observatory;
