/**
 * Territory typology: each commune's density class, aire d'attraction, mountain and coastal flags and ANCT
 * programmes (bundled files in {@code data/typologie}), each EPCI's profile derived from its communes, the six types
 * of the « Villes et territoires résilients » cahiers assigned by the named rules of {@link
 * fr.resilience360.territory.typology.TypologyRules}, and comparable territories. Part of the {@code territory}
 * module; the rules and thresholds are documented in {@code docs/typology.md}. A named interface: the
 * {@code report} module groups territories by their density for its comparisons.
 */
@org.springframework.modulith.NamedInterface("typology")
package fr.resilience360.territory.typology;
