package fr.resilience360.referential;

/** Where the value of a row comes from: the collectivité's own knowledge (source « Interne ») or open data. */
public enum DataOrigin {
    INTERNE,
    DONNEES_OUVERTES
}
