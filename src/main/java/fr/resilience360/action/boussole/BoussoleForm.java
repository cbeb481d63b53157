package fr.resilience360.action.boussole;

import fr.resilience360.action.BoussoleLever;
import java.util.HashMap;
import java.util.Map;

/**
 * The grid form as posted (fields {@code titre}, {@code nature}, {@code description}, one radio group per lever
 * named by its code {@code p1-l1}, one comment {@code commentaire-p1-l1} per lever), kept as typed so that a refused
 * form is shown again with what was entered.
 */
public record BoussoleForm(
        String title, String kind, String description, Map<String, String> answers, Map<String, String> comments) {

    static BoussoleForm blank() {
        return new BoussoleForm(null, null, null, Map.of(), Map.of());
    }

    static BoussoleForm of(Map<String, String> params) {
        Map<String, String> answers = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (BoussoleLever lever : BoussoleLever.values()) {
            if (params.containsKey(lever.code())) answers.put(lever.code(), params.get(lever.code()));
            String comment = params.get("commentaire-" + lever.code());
            if (comment != null) comments.put(lever.code(), comment);
        }
        return new BoussoleForm(
                params.get("titre"), params.get("nature"), params.get("description"), answers, comments);
    }

    static BoussoleForm of(Assessment a) {
        Map<String, String> answers = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        a.grid().answers().forEach((lever, answer) -> {
            answers.put(lever.code(), answer.value().code());
            if (answer.comment() != null) comments.put(lever.code(), answer.comment());
        });
        Assessment.Subject s = a.subject();
        return new BoussoleForm(s.title(), s.kind().code(), s.description(), answers, comments);
    }

    AssessmentInput input() {
        return new AssessmentInput(title, kind, description, answers, comments);
    }

    public boolean chosen(BoussoleLever lever, LeverAnswer answer) {
        return answer.code().equals(answers.get(lever.code()));
    }

    public String comment(BoussoleLever lever) {
        return comments.get(lever.code());
    }
}
