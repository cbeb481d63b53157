package fr.resilience360.report.atlas;

import fr.resilience360.shared.Coded;

/** What a national map can show. */
enum MapKind implements Coded {
    INDICATEUR("indicateur", "Indicateurs de l'observatoire"),
    BESOIN("besoin", "Scores des besoins (Diagnostic 360° prérempli)"),
    EXPOSITION("exposition", "Exposition aux aléas"),
    TYPOLOGIE("typologie", "Typologie des territoires");

    private final String code;
    private final String label;

    MapKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
