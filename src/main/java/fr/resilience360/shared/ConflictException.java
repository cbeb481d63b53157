package fr.resilience360.shared;

/** A request that contradicts what is already stored (a second answer from the same respondent…): a 409 problem. */
public class ConflictException extends UserInputException {

    private final String title;

    /**
     * @param title a short French title, e.g. « Réponse déjà enregistrée »
     * @param message one French sentence saying what is stored and what the user can do
     */
    public ConflictException(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
