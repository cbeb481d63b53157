package fr.resilience360.observatory;

/** A dataset as published by its producer, with the version of the file last imported. */
public record Dataset(
        String id,
        String title,
        String producer,
        String vintage,
        String licence,
        String file,
        String sourceUrl,
        String version,
        int rowCount) {}
