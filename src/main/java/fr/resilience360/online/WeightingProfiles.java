package fr.resilience360.online;

import fr.resilience360.diagnostic.WeightingProfile;
import fr.resilience360.referential.DataOrigin;
import fr.resilience360.referential.IndicatorKind;
import fr.resilience360.referential.NeedCategory;
import fr.resilience360.shared.Coded;
import java.util.Map;
import java.util.Optional;

/**
 * The weighting profiles a diagnostic may be scored with; every result names its profile. {@code egal} is the Diag360
 * workbook's rule and the default; the others re-weight the same notes without changing them.
 */
public enum WeightingProfiles implements Coded {
    EGAL("egal", "égal (classeur Diag360)", WeightingProfile.equal()),
    ETAT(
            "etat",
            "états seulement (les indicateurs d'action ne comptent pas)",
            WeightingProfile.byCriteria("états seulement", Map.of(), Map.of(IndicatorKind.ACTION, 0.0), Map.of())),
    DONNEES_OUVERTES(
            "donnees-ouvertes",
            "données ouvertes seulement (comparable entre territoires)",
            WeightingProfile.byCriteria(
                    "données ouvertes seulement", Map.of(), Map.of(), Map.of(DataOrigin.INTERNE, 0.0))),
    VITAUX(
            "vitaux",
            "besoins vitaux renforcés (×2 vitaux, ×1,5 essentiels)",
            WeightingProfile.byCriteria(
                    "besoins vitaux renforcés",
                    Map.of(NeedCategory.VITAL, 2.0, NeedCategory.ESSENTIEL, 1.5),
                    Map.of(),
                    Map.of()));

    private final String code;
    private final String label;
    private final WeightingProfile profile;

    WeightingProfiles(String code, String label, WeightingProfile profile) {
        this.code = code;
        this.label = label;
        this.profile = profile;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public WeightingProfile profile() {
        return profile;
    }

    public static Optional<WeightingProfiles> fromCode(String code) {
        return Coded.find(WeightingProfiles.class, code);
    }
}
