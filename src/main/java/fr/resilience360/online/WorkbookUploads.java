package fr.resilience360.online;

import fr.resilience360.diagnostic.workbook.Diag360Workbook;
import fr.resilience360.diagnostic.workbook.WorkbookAnswers;
import fr.resilience360.diagnostic.workbook.WorkbookLayoutException;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Reads an uploaded Diag360 workbook, with a French error naming the file when it is not one. */
@Component
class WorkbookUploads {

    private final Referentials referentials;

    WorkbookUploads(Referentials referentials) {
        this.referentials = referentials;
    }

    WorkbookAnswers read(MultipartFile file) {
        if (file == null || file.isEmpty())
            throw new UserInputException("Aucun fichier reçu : choisissez un classeur Diag360 (.xlsx) rempli.");
        try (InputStream in = file.getInputStream()) {
            return read(in, file.getOriginalFilename());
        } catch (IOException e) {
            throw new UserInputException(
                    "Lecture de « " + file.getOriginalFilename() + " » impossible : " + e.getMessage(), e);
        }
    }

    WorkbookAnswers read(InputStream in, String name) {
        try {
            return Diag360Workbook.read(in, referentials.byId(Referentials.DIAG360));
        } catch (WorkbookLayoutException e) {
            throw new UserInputException("« " + name + " » : " + e.getMessage(), e);
        }
    }
}
