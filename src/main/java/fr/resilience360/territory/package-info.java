/**
 * The French administrative division (COG 2025): France, régions, départements, EPCI and communes with their
 * memberships, populations, codes and boundaries; search, territory pages and the territories API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package fr.resilience360.territory;
