package fr.resilience360.action.plan;

import fr.resilience360.shared.Coded;
import fr.resilience360.shared.InvalidFieldsException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What is added to an action beside its fields — budget lines, milestones, follow-up indicators and their points,
 * notes — each value checked (every bad field named in French) and each addition kept in the history.
 */
@Service
public class PlanDetails {

    private final PlanDetailRepository repository;

    PlanDetails(PlanDetailRepository repository) {
        this.repository = repository;
    }

    /** {@code annee}, {@code type} (investissement / fonctionnement), {@code prevu} and {@code depense} in euros. */
    public void addBudget(PlanAction action, String annee, String type, String prevu, String depense, String by) {
        Errors e = new Errors();
        Integer year = e.year(annee, "annee");
        BudgetKind kind = e.coded(BudgetKind.class, type, "type");
        BigDecimal planned = e.euros(prevu, "prevu");
        BigDecimal spent = e.euros(depense, "depense");
        e.throwIfAny("La ligne de budget n'est pas enregistrée.");
        repository.addBudget(action, year, kind, planned, spent, by);
    }

    public boolean deleteBudget(PlanAction action, long lineId, String by) {
        return repository.deleteBudget(action, lineId, by);
    }

    /** The new milestone's id. */
    public long addMilestone(PlanAction action, String titre, String echeance, String by) {
        Errors e = new Errors();
        String title = e.text(titre, "titre", 200);
        LocalDate due = e.date(echeance, "echeance");
        e.throwIfAny("Le jalon n'est pas enregistré.");
        return repository.addMilestone(action, title, due, by);
    }

    public boolean setMilestoneDone(PlanAction action, long milestoneId, String atteint, String by) {
        Errors e = new Errors();
        LocalDate done = atteint == null || atteint.isBlank() ? null : e.date(atteint, "atteint");
        e.throwIfAny("Le jalon n'est pas modifié.");
        return repository.setMilestoneDone(action, milestoneId, done, by);
    }

    public long addIndicator(
            PlanAction action, String libelle, String unite, String anneeReference, String source, String by) {
        Errors e = new Errors();
        String label = e.text(libelle, "libelle", 200);
        Integer year = e.year(anneeReference, "annee_reference");
        e.throwIfAny("L'indicateur n'est pas enregistré.");
        return repository.addIndicator(action, label, clean(unite), year, clean(source), by);
    }

    /** Sets a résultat or objectif of a year; the indicator must be one of the action's. */
    public void setPoint(
            PlanAction action, Details.Indicator indicator, String annee, String type, String valeur, String by) {
        Errors e = new Errors();
        Integer year = e.year(annee, "annee");
        SeriesKind kind = e.coded(SeriesKind.class, type, "type");
        Double value = e.number(valeur, "valeur");
        e.throwIfAny("La valeur n'est pas enregistrée.");
        repository.setPoint(action, indicator.id(), new Details.Point(year, kind, value), by);
    }

    public void addNote(PlanAction action, String texte, String by) {
        Errors e = new Errors();
        String text = e.text(texte, "texte", 5000);
        e.throwIfAny("La note n'est pas enregistrée.");
        repository.addNote(action, by, null, text, by);
    }

    /**
     * A note as a plan's file gives it back: its date and time in France ({@code AAAA-MM-JJ HH:MM:SS}, or a day for
     * midnight), its author as shown and its text; the history says who imported it.
     */
    public void importNote(PlanAction action, String date, String auteur, String texte, String by) {
        Errors e = new Errors();
        OffsetDateTime writtenAt = e.dateTime(date, "date");
        String author = e.text(auteur, "auteur", 320);
        String text = e.text(texte, "texte", 5000);
        e.throwIfAny("La note n'est pas enregistrée.");
        repository.addNote(action, author, writtenAt, text, by);
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** Collects the bad fields of one form. */
    private static final class Errors {
        final Map<String, String> fields = new LinkedHashMap<>();

        void throwIfAny(String message) {
            if (!fields.isEmpty()) throw new InvalidFieldsException(message, fields);
        }

        String text(String value, String field, int max) {
            String t = clean(value);
            if (t.isEmpty() || t.length() > max) fields.put(field, "Écrivez de 1 à " + max + " caractères.");
            return t;
        }

        Integer year(String value, String field) {
            try {
                int y = Integer.parseInt(clean(value));
                if (y >= 1900 && y <= 2100) return y;
            } catch (NumberFormatException ignored) {
                // said below
            }
            fields.put(field, "Année attendue, de 1900 à 2100 : « " + clean(value) + " ».");
            return null;
        }

        LocalDate date(String value, String field) {
            try {
                return LocalDate.parse(clean(value));
            } catch (DateTimeParseException ex) {
                fields.put(field, "Date attendue au format AAAA-MM-JJ : « " + clean(value) + " ».");
                return null;
            }
        }

        OffsetDateTime dateTime(String value, String field) {
            String t = clean(value).replace('T', ' ');
            try {
                LocalDateTime local = t.length() == 10
                        ? LocalDate.parse(t).atStartOfDay()
                        : LocalDateTime.parse(t.length() == 16 ? t + ":00" : t, DATE_TIME);
                return local.atZone(Details.FRANCE).toOffsetDateTime();
            } catch (DateTimeParseException ex) {
                fields.put(field, "Date et heure attendues au format AAAA-MM-JJ HH:MM:SS : « " + clean(value) + " ».");
                return null;
            }
        }

        BigDecimal euros(String value, String field) {
            if (clean(value).isEmpty()) return BigDecimal.ZERO;
            Double d = number(value, field);
            if (d == null) return null;
            if (d < 0) fields.put(field, "Un montant ne peut pas être négatif.");
            return BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP);
        }

        Double number(String value, String field) {
            String t = clean(value)
                    .replace(" ", "")
                    .replace("\u00a0", "")
                    .replace("\u202f", "")
                    .replace(',', '.');
            try {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d)) return d;
            } catch (NumberFormatException ignored) {
                // said below
            }
            fields.put(field, "Nombre attendu, par exemple 12500 ou 12,5 : « " + clean(value) + " ».");
            return null;
        }

        <E extends Enum<E> & Coded> E coded(Class<E> type, String value, String field) {
            Optional<E> found = Coded.find(type, clean(value));
            if (found.isEmpty())
                fields.put(
                        field,
                        "Valeur inconnue « " + clean(value) + " » ; attendu : "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(type.getEnumConstants())
                                                .map(Coded::code)
                                                .toList())
                                + ".");
            return found.orElse(null);
        }
    }
}
