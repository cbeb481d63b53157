package fr.resilience360.action.plan;

import fr.resilience360.shared.Coded;

/**
 * The plan page's address parameters: filters ({@code statut}, {@code retard=oui}, {@code pilote}), order
 * ({@code tri=priorite} or {@code echeance}), catalogue search ({@code recherche}) and the catalogue action to add
 * ({@code ajouter=<id>}, the link the recommendations and the catalogue's pages use; {@code depuis=<id>} is read the
 * same way, with {@code besoin=<need>}: the weak need that made it recommended, its justification) and the action
 * just removed ({@code retiree=<id>}: the page shows its line of history).
 */
public record PlanFilters(
        String statut,
        String retard,
        String pilote,
        String tri,
        String recherche,
        String ajouter,
        String depuis,
        String besoin,
        String retiree) {

    /** The id of the action just removed, null when the address names none or something else. */
    public Long removed() {
        return retiree != null && retiree.matches("\\d{1,18}") ? Long.valueOf(retiree) : null;
    }

    /** The catalogue action to offer to add, if the address names one. */
    public String toAdd() {
        return ajouter != null && !ajouter.isBlank() ? ajouter : depuis;
    }

    public PlanStatus status() {
        return statut == null ? null : Coded.find(PlanStatus.class, statut).orElse(null);
    }

    public boolean lateOnly() {
        return "oui".equals(retard);
    }

    public String order() {
        return "echeance".equals(tri) ? "echeance" : "priorite";
    }
}
