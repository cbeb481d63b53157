/**
 * Collective surveys (issue 11): questionnaires as versioned data ({@code survey/modeles/*.yaml}), a survey per
 * territory opened from a template with a public unguessable link, answers taken once (idempotency key, one answer
 * per respondent, enforced by the database), and their synthesis for the territory's members. Privacy choices and
 * what is still to build: {@code docs/surveys.md}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "referential",
            "account",
            "vulnerability",
            "online",
            "observatory",
            "database"
        })
package fr.resilience360.survey;
