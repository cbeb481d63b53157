package fr.resilience360.report.atlas;

import fr.resilience360.shared.Coded;

/** What a national map can show: the family of its variable, as the URL names it. */
enum MapKind implements Coded {
    INDICATEUR("indicateur"),
    BESOIN("besoin"),
    EXPOSITION("exposition"),
    TYPOLOGIE("typologie");

    private final String code;

    MapKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
