package fr.resilience360.online;

import java.util.List;

/**
 * A custom group of communes a diagnostic is about, instead of a territory of the division. It belongs to the territory
 * on whose diagnostics list it was started ({@code ownerTerritoryId}), whose members hold the rights on it.
 *
 * @param communes its communes, by code, with their name when the group was made
 */
public record CommuneGroup(long id, String ownerTerritoryId, String name, List<Member> communes) {

    /** One commune of the group: its COG 2025 code and name. */
    public record Member(String code, String name) {}

    public CommuneGroup {
        communes = List.copyOf(communes);
    }

    /** How the pages name it: « Groupe « Pays de Lorient » (12 communes) ». */
    public String title() {
        return "Groupe « " + name + " » (" + communes.size() + " communes)";
    }

    public List<String> codes() {
        return communes.stream().map(Member::code).toList();
    }
}
