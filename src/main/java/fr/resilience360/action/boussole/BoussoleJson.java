package fr.resilience360.action.boussole;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.resilience360.action.BoussoleLever;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;

/** A Boussole assessment as the API gives it, with French field names. */
@Schema(name = "EvaluationBoussole")
record BoussoleJson(
        long id,
        String territoire,
        String titre,
        String nature,
        String description,
        @JsonProperty("evalue_par") String evaluePar,
        @JsonProperty("cree_le") String creeLe,
        @JsonProperty("modifie_par") String modifiePar,
        @JsonProperty("modifie_le") String modifieLe,
        List<Reponse> reponses,
        List<Couverture> couverture,
        @JsonProperty("a_renforcer") List<Suggestion> aRenforcer,
        String convention) {

    /** Our reading convention, given with every figure: the Boussole itself gives no score. */
    static final String CONVENTION = "La Boussole de la résilience ne donne pas de note officielle. Convention de"
            + " lecture de Résilience 360 : la couverture d'un principe est la part de ses 3 leviers traités"
            + " (pleinement = 1, en partie = 0,5, ne traite pas = 0).";

    @Schema(name = "EvaluationBoussoleResume")
    record Summary(
            long id,
            String titre,
            String nature,
            @JsonProperty("evalue_par") String evaluePar,
            @JsonProperty("cree_le") String creeLe,
            @JsonProperty("modifie_par") String modifiePar,
            @JsonProperty("modifie_le") String modifieLe,
            List<Couverture> couverture,
            String lien) {}

    @Schema(name = "ReponseLevier")
    record Reponse(String levier, String intitule, String principe, String reponse, String commentaire) {}

    @Schema(name = "CouverturePrincipe")
    record Couverture(String principe, String intitule, double part) {}

    @Schema(name = "LevierARenforcer")
    record Suggestion(
            String levier,
            String intitule,
            String reponse,
            List<Action> actions,
            @JsonProperty("autres_actions") int autresActions) {}

    @Schema(name = "ActionSuggeree")
    record Action(String id, String titre, String lien) {}

    static BoussoleJson of(Assessment a, List<BoussoleReading.Suggestion> suggestions) {
        return new BoussoleJson(
                a.id(),
                a.territoryId(),
                a.subject().title(),
                a.subject().kind().code(),
                a.subject().description(),
                a.createdBy(),
                a.createdAt().toString(),
                a.updatedBy(),
                a.updatedAt().toString(),
                Arrays.stream(BoussoleLever.values())
                        .map(l -> answer(a.grid(), l))
                        .toList(),
                coverage(a.grid()),
                suggestions.stream().map(BoussoleJson::suggestion).toList(),
                CONVENTION);
    }

    static Summary summary(Assessment a) {
        return new Summary(
                a.id(),
                a.subject().title(),
                a.subject().kind().code(),
                a.createdBy(),
                a.createdAt().toString(),
                a.updatedBy(),
                a.updatedAt().toString(),
                coverage(a.grid()),
                "/api/v1/territoires/" + a.territoryId() + "/boussole/" + a.id());
    }

    private static Reponse answer(Grid grid, BoussoleLever lever) {
        return new Reponse(
                lever.code(),
                lever.label(),
                lever.principle().code(),
                grid.value(lever).code(),
                grid.comment(lever).orElse(null));
    }

    private static List<Couverture> coverage(Grid grid) {
        return BoussoleReading.coverage(grid).stream()
                .map(c -> new Couverture(c.principle().code(), c.principle().label(), c.share()))
                .toList();
    }

    private static Suggestion suggestion(BoussoleReading.Suggestion s) {
        return new Suggestion(
                s.lever().code(),
                s.lever().label(),
                s.answer().code(),
                s.actions().stream()
                        .map(a -> new Action(a.id(), a.title(), a.link()))
                        .toList(),
                s.others());
    }
}
