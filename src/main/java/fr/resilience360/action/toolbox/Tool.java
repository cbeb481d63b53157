package fr.resilience360.action.toolbox;

import fr.resilience360.action.BoussoleLever;
import java.util.List;

/**
 * A tool for collective dynamics (« outil »), a short fiche written for this project (CC BY-SA 4.0): used alone or as
 * a step of a territory's parcours.
 *
 * @param id stable slug, the address {@code /outils/{id}} and the id a parcours keeps
 * @param purpose what it is for (objectif)
 * @param publics who it is meant for
 * @param duration the order of magnitude used by the filters; {@code durationNote} says it in words
 * @param steps what to do, in order
 * @param pitfalls points de vigilance
 * @param feedback general know-how only (« retour d'expérience »); never an invented territory or figure
 * @param needs the Diag360 needs it serves ({@code bv1}…{@code be3}), possibly none
 * @param levers the Boussole levers it serves
 * @param links pages that go with it; {@code {code}} in an address stands for the territory's code
 */
public record Tool(
        String id,
        String title,
        Phase phase,
        String purpose,
        List<Audience> publics,
        ToolDuration duration,
        String durationNote,
        String groupSize,
        List<String> steps,
        List<String> materials,
        List<String> pitfalls,
        String feedback,
        List<String> needs,
        List<BoussoleLever> levers,
        List<Link> links) {

    public Tool {
        publics = copy(publics);
        steps = copy(steps);
        materials = copy(materials);
        pitfalls = copy(pitfalls);
        needs = copy(needs);
        levers = copy(levers);
        links = copy(links);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A page that goes with the tool.
     *
     * @param url an address of this site ({@code /aleas}) or a territory's ({@code /territoires/{code}/enquetes})
     * @param note what one finds there, possibly empty
     */
    public record Link(String title, String url, String note) {

        static final String CODE = "{code}";

        /** Whether the address needs a territory's code. */
        public boolean perTerritory() {
            return url.contains(CODE);
        }

        /** The address for this territory. */
        public String forTerritory(String code) {
            return url.replace(CODE, code);
        }
    }
}
