/**
 * The observatory's public face: the open-data API (catalogue, values by level and territory, distributions), CSV
 * downloads described by a Frictionless data package, national maps, and the indicator pages with each territory's
 * indicator section. It reads the observatory and the division; it writes nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "observatory"})
package fr.resilience360.opendata;
