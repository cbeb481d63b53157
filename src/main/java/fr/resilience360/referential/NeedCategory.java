package fr.resilience360.referential;

/** Category of a need in the Diag360 hierarchy (workbook column B: « Vitaux », « Essentiels », « Induits »). */
public enum NeedCategory {
    VITAL("Vitaux"),
    ESSENTIEL("Essentiels"),
    INDUIT("Induits");

    private final String workbookLabel;

    NeedCategory(String workbookLabel) {
        this.workbookLabel = workbookLabel;
    }

    /** The label written in column B of the workbook. */
    public String workbookLabel() {
        return workbookLabel;
    }
}
