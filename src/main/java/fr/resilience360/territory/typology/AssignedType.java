package fr.resilience360.territory.typology;

/** A type given to a territory, with the rule that gave it in French (« Statut de métropole »…). */
public record AssignedType(ResilienceType type, String reason) {}
