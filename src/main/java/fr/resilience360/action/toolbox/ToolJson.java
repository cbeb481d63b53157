package fr.resilience360.action.toolbox;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.shared.Coded;
import fr.resilience360.territory.TerritorySummary;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API's JSON of tools and parcours, with French keys and codes. */
final class ToolJson {

    static final String LICENCE = "CC BY-SA 4.0 — fiches écrites pour Résilience 360";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ToolJson() {}

    /** A tool in a list: what the filters use. */
    static Map<String, Object> summary(Tool t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.id());
        json.put("titre", t.title());
        json.put("phase", t.phase().code());
        json.put("objectif", t.purpose());
        json.put("publics", t.publics().stream().map(Coded::code).toList());
        json.put("duree", t.duration().code());
        json.put("duree_texte", t.durationNote());
        json.put("adresse", "/outils/" + t.id());
        return json;
    }

    /** A tool's whole fiche. */
    static Map<String, Object> fiche(Tool t, Toolbox toolbox) {
        Map<String, Object> json = summary(t);
        json.put("taille_groupe", t.groupSize());
        json.put("etapes", t.steps());
        json.put("materiel", t.materials());
        json.put("points_de_vigilance", t.pitfalls());
        json.put("retour_experience", t.feedback());
        json.put(
                "besoins",
                t.needs().stream()
                        .map(n -> Map.of("id", n, "nom", toolbox.needName(n)))
                        .toList());
        json.put("leviers", t.levers().stream().map(ToolJson::lever).toList());
        json.put(
                "liens",
                t.links().stream()
                        .map(l -> Map.of(
                                "titre", l.title(),
                                "adresse", l.url(),
                                "par_territoire", l.perTerritory(),
                                "note", l.note() == null ? "" : l.note()))
                        .toList());
        json.put("licence", LICENCE);
        return json;
    }

    static Map<String, Object> lever(BoussoleLever l) {
        return Map.of("code", l.code(), "numero", l.number(), "nom", l.label(), "nom_connu", l.named());
    }

    static Map<String, Object> parcours(TerritorySummary territory, List<ParcoursStep> steps, Toolbox toolbox) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("territoire", Map.of("code", territory.id(), "nom", territory.name()));
        json.put(
                "faites",
                steps.stream().filter(s -> s.status() == StepStatus.FAIT).count());
        json.put("total", steps.size());
        json.put("etapes", steps.stream().map(s -> step(s, toolbox)).toList());
        return json;
    }

    static Map<String, Object> step(ParcoursStep s, Toolbox toolbox) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("rang", s.rank());
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("id", s.toolId());
        toolbox.find(s.toolId()).ifPresent(t -> {
            tool.put("titre", t.title());
            tool.put("phase", t.phase().code());
        });
        json.put("outil", tool);
        json.put("date", s.plannedOn() == null ? null : s.plannedOn().toString());
        json.put("statut", s.status().code());
        json.put("note", s.note());
        json.put("modifie_par", s.updatedBy());
        json.put("modifie_le", s.updatedAt().atZone(PARIS).toOffsetDateTime().toString());
        return json;
    }
}
