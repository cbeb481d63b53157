/**
 * Referentials of indicators (Diag360 v1.3.5 and other grids) kept as versioned data files, loaded at start.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package fr.resilience360.referential;
