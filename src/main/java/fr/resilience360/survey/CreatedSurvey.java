package fr.resilience360.survey;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A survey just opened: its id, its public token and the link to give respondents. */
public record CreatedSurvey(
        long id, String token, @JsonProperty("lien") String link) {}
