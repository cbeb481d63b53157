package fr.resilience360.online;

/** Someone changed the row since the person editing it loaded it: their change is refused, not silently merged. */
public class StaleRowException extends RuntimeException {

    private final transient RowEntry current;

    public StaleRowException(RowEntry current) {
        super("La ligne " + current.sheetRow() + " a été modifiée par " + current.updatedBy() + " entre-temps (version "
                + current.revision() + ") : rechargez-la avant de la changer.");
        this.current = current;
    }

    /** The row as it is now. */
    public RowEntry current() {
        return current;
    }
}
