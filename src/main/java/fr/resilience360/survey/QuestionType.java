package fr.resilience360.survey;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of question a questionnaire may ask, with the French names the files and the API use. */
public enum QuestionType {
    /** A whole number from 1 to 5. */
    @JsonProperty("echelle")
    ECHELLE,
    /** One of the choices (or « autre » with a text, when allowed). */
    @JsonProperty("choix_unique")
    CHOIX_UNIQUE,
    /** Some of the choices, each counted on its own. */
    @JsonProperty("choix_multiple")
    CHOIX_MULTIPLE,
    /** A number between the question's bounds. */
    @JsonProperty("nombre")
    NOMBRE,
    /** A text of 200 characters at most. */
    @JsonProperty("texte_court")
    TEXTE_COURT,
    /** A text of 5,000 characters at most. */
    @JsonProperty("texte_long")
    TEXTE_LONG,
    /** Some of the choices, the first being the most important. */
    @JsonProperty("classement")
    CLASSEMENT;

    boolean hasChoices() {
        return this == CHOIX_UNIQUE || this == CHOIX_MULTIPLE || this == CLASSEMENT;
    }

    boolean takesList() {
        return this == CHOIX_MULTIPLE || this == CLASSEMENT;
    }

    boolean isText() {
        return this == TEXTE_COURT || this == TEXTE_LONG;
    }

    int maxLength() {
        return this == TEXTE_LONG ? 5000 : 200;
    }
}
