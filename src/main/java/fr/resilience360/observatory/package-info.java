/**
 * The observatory: official open datasets imported once for the whole country and turned into indicator values
 * for every territory (communes, EPCI, départements, régions, France), with provenance, aggregation rules,
 * relative positions, the Diag360 pre-fill and the open-data API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "territory", "referential", "diagnostic"})
package fr.resilience360.observatory;
