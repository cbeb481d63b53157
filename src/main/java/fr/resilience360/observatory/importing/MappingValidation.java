package fr.resilience360.observatory.importing;

import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.AggregationRule;
import java.util.HashSet;
import java.util.Set;

/** The rules a mapping must follow, checked before its file is read, with messages naming the mapping's fields. */
final class MappingValidation {

    private MappingValidation() {}

    /** Checks a mapping; the message of the {@link ImportException} names the field at fault. */
    static void validate(DatasetMapping mapping, String file) {
        if (mapping.dataset() == null
                || mapping.dataset().id() == null
                || !mapping.dataset().id().matches("[a-z0-9-]+"))
            throw new ImportException(file, "la correspondance doit donner dataset.id (minuscules, chiffres, tirets)");
        if (mapping.dataset().licence() == null
                || mapping.dataset().producer() == null
                || mapping.dataset().title() == null)
            throw new ImportException(file, "la correspondance doit donner dataset.title, producer et licence");
        if (mapping.file() == null || mapping.file().code() == null)
            throw new ImportException(file, "la correspondance doit donner file.code (colonne des codes)");
        if (mapping.indicators() == null || mapping.indicators().isEmpty())
            throw new ImportException(file, "la correspondance ne déclare aucun indicateur");
        Set<String> ids = new HashSet<>();
        for (DatasetMapping.IndicatorSpec s : mapping.indicators()) {
            if (s.id() == null || !s.id().matches("[a-z0-9_]+") || !ids.add(s.id()))
                throw new ImportException(file, "identifiant d'indicateur absent, invalide ou répété : " + s.id());
            if (!Boolean.TRUE.equals(s.external()) && (s.unit() == null || s.label() == null))
                throw new ImportException(file, "l'indicateur " + s.id() + " doit donner label et unit");
            if (s.values() == null || s.values().isEmpty())
                throw new ImportException(file, "l'indicateur " + s.id() + " ne déclare aucune valeur (values)");
            if (s.actorType() != null && ActorType.fromCodeOrNull(s.actorType()) == null)
                throw new ImportException(
                        file,
                        "indicateur " + s.id() + " : type d'acteur « " + s.actorType()
                                + " » inconnu (territoires, entreprises ou societe)");
            AggregationRule rule;
            try {
                rule = DatasetParser.rule(s);
            } catch (IllegalArgumentException e) {
                throw new ImportException(file, "indicateur " + s.id() + " : " + e.getMessage());
            }
            if (!rule.computed() && !Boolean.TRUE.equals(s.presence()))
                s.values().forEach(v -> {
                    if (v.column() == null)
                        throw new ImportException(
                                file, "l'indicateur " + s.id() + " doit donner la colonne de chaque valeur");
                });
        }
    }
}
