package fr.resilience360.action.catalogue;

import fr.resilience360.action.Axis;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.BoussolePrinciple;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The catalogue as the API gives it, with French field names: each code with its French label. */
final class ActionJson {

    static final String LICENCE = "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/deed.fr)";

    private ActionJson() {}

    /**
     * @param total how many actions the catalogue holds
     * @param nombre how many pass the filters
     */
    @Schema(name = "CatalogueActions")
    record Liste(int total, int nombre, String licence, List<Action> actions) {}

    /** @param contribution whether it was added by an accepted contribution */
    @Schema(name = "FicheAction")
    record Action(
            String id,
            String titre,
            String resume,
            String description,
            Place axe,
            Place orientation,
            Place objectif,
            boolean contribution,
            List<Place> besoins,
            List<Ligne> lignes,
            List<Place> aleas,
            List<Levier> leviers,
            Niveau cout,
            Niveau delai,
            Niveau difficulte,
            List<Niveau> cobenefices,
            List<Exemple> exemples,
            List<String> acteurs,
            List<Reference> references,
            String licence) {}

    /** An id and its French label (axis, orientation, objectif, need, hazard). */
    @Schema(name = "ActionPlace")
    record Place(String id, String libelle) {}

    @Schema(name = "ActionLigne")
    record Ligne(String id, String besoin, String designation) {}

    /** @param nomme false when the Boussole's reference gives no name: the label is then neutral */
    @Schema(name = "LevierBoussole")
    record Levier(String code, String numero, String libelle, boolean nomme, Principe principe, Integer actions) {}

    /** @param confirme false when the full title is not known (« intitulé à confirmer ») */
    @Schema(name = "PrincipeBoussole")
    record Principe(String code, int numero, String libelle, boolean confirme) {}

    @Schema(name = "PrincipeEtLeviers")
    record PrincipeLeviers(String code, int numero, String libelle, boolean confirme, List<Levier> leviers) {}

    @Schema(name = "ActionNiveau")
    record Niveau(String code, String libelle) {}

    /** @param code the territory's COG code when known */
    @Schema(name = "ActionExemple")
    record Exemple(String territoire, String code, String texte, String source) {}

    @Schema(name = "ActionReference")
    record Reference(String titre, String editeur, Integer annee, String url) {}

    @Schema(name = "AxeActions")
    record Axe(String id, String titre, String description, List<Orientation> orientations) {}

    @Schema(name = "OrientationActions")
    record Orientation(String id, String titre, List<Objectif> objectifs) {}

    /** @param actions the ids of its actions, in catalogue order */
    @Schema(name = "ObjectifActions")
    record Objectif(String id, String titre, List<String> actions) {}

    static Action of(ActionView v) {
        return new Action(
                v.id(),
                v.title(),
                v.summary(),
                v.description(),
                place(v.axis()),
                place(v.orientation()),
                place(v.goal()),
                v.contributed(),
                v.needs().stream().map(ActionJson::place).toList(),
                v.rows().stream()
                        .map(r -> new Ligne(r.id(), r.need(), r.designation()))
                        .toList(),
                v.hazards().stream().map(ActionJson::place).toList(),
                v.levers().stream().map(l -> lever(l, null)).toList(),
                new Niveau(v.cost().code(), v.cost().label()),
                new Niveau(v.delay().code(), v.delay().label()),
                new Niveau(v.difficulty().code(), v.difficulty().label()),
                v.cobenefits().stream()
                        .map(c -> new Niveau(c.code(), c.label()))
                        .toList(),
                v.examples().stream()
                        .map(e -> new Exemple(e.territory(), e.code(), e.text(), e.source()))
                        .toList(),
                v.actors(),
                v.references().stream()
                        .map(r -> new Reference(r.title(), r.publisher(), r.year(), r.url()))
                        .toList(),
                LICENCE);
    }

    static Levier lever(BoussoleLever l, Integer actions) {
        BoussolePrinciple p = l.principle();
        return new Levier(
                l.code(),
                l.number(),
                l.label(),
                l.named(),
                new Principe(p.code(), p.number(), p.label(), p.confirmed()),
                actions);
    }

    static PrincipeLeviers principle(CatalogueOptions.PrincipleLevers p) {
        BoussolePrinciple principle = p.principle();
        return new PrincipeLeviers(
                principle.code(),
                principle.number(),
                principle.label(),
                principle.confirmed(),
                p.levers().stream().map(l -> lever(l.lever(), l.actions())).toList());
    }

    static Axe axis(Axis a) {
        return new Axe(
                a.id(),
                a.title(),
                a.description(),
                a.orientations().stream()
                        .map(o -> new Orientation(
                                o.id(),
                                o.title(),
                                o.goals().stream()
                                        .map(g -> new Objectif(
                                                g.id(),
                                                g.title(),
                                                g.actions().stream()
                                                        .map(x -> x.id())
                                                        .toList()))
                                        .toList()))
                        .toList());
    }

    private static Place place(ActionView.Labelled l) {
        return new Place(l.id(), l.label());
    }
}
