package fr.resilience360.observatory.importing;

/** A file rejected by an import, with the place of the first error (line and column, counted from 1). */
public class ImportException extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;

    public ImportException(String file, int line, int column, String columnName, String problem) {
        super(message(file, line, column, columnName, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public ImportException(String file, String problem) {
        super("Fichier " + file + " : " + problem);
        this.file = file;
        this.line = 0;
        this.column = 0;
    }

    private static String message(String file, int line, int column, String columnName, String problem) {
        StringBuilder s =
                new StringBuilder("Fichier ").append(file).append(", ligne ").append(line);
        if (column > 0) {
            s.append(", colonne ").append(column);
            if (columnName != null) s.append(" (").append(columnName).append(')');
        }
        return s.append(" : ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
