package fr.resilience360.referential;

/** A need of the population (e.g. « Avoir accès à l'eau potable »), with its documentation text. */
public record Need(String id, String name, NeedCategory category, String description) {}
