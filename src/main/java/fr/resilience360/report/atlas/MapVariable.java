package fr.resilience360.report.atlas;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.Coded;

/**
 * The variable of a national map as the URL says it: {@code indicateur:ID}, {@code besoin:ID}, {@code exposition:ID},
 * {@code typologie} (the urban type) or {@code typologie:littoral|montagne|outre-mer}.
 *
 * @param id the indicator, need or hazard id; for the typology, null or a geographic type's code
 */
record MapVariable(MapKind kind, String id) {

    static MapVariable parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty())
            throw new BadParameterException(
                    "variable",
                    "Le paramètre « variable » est obligatoire : indicateur:ID, besoin:ID, exposition:ID ou typologie.");
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        String id = colon < 0 ? null : t.substring(colon + 1);
        MapKind k = Coded.find(MapKind.class, kind)
                .orElseThrow(() -> new BadParameterException(
                        "variable",
                        "Variable « " + t + " » inconnue : attendu indicateur:ID, besoin:ID, exposition:ID ou"
                                + " typologie."));
        if (k != MapKind.TYPOLOGIE && (id == null || id.isBlank()))
            throw new BadParameterException(
                    "variable", "Variable « " + t + " » incomplète : précisez l'identifiant après « " + kind + ": ».");
        return new MapVariable(k, id == null || id.isBlank() ? null : id);
    }

    /** As the URL says it. */
    String code() {
        return id == null ? kind.code() : kind.code() + ":" + id;
    }

    static BadParameterException unknown(MapVariable v) {
        return new BadParameterException("variable", "Variable « " + v.code() + " » inconnue.");
    }
}
