package fr.resilience360.referential;

/** Whether an indicator describes a state of the territory or an action of the collectivité (« Type d'indicateur »). */
public enum IndicatorKind {
    ETAT,
    ACTION
}
