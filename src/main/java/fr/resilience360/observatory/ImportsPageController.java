package fr.resilience360.observatory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration page of the imports: loaded datasets and the live progress of a running load. */
@Controller
class ImportsPageController {

    private final Observatory observatory;
    private final ImportProgress progress;

    ImportsPageController(Observatory observatory, ImportProgress progress) {
        this.observatory = observatory;
        this.progress = progress;
    }

    /** Imports: what is loaded (version, values, date) and the progress of a running load, refreshed by htmx. */
    @GetMapping("/admin/imports")
    String imports(Model model) {
        model.addAttribute("datasets", observatory.datasets());
        model.addAttribute("loads", observatory.loads());
        model.addAttribute("progress", progressView());
        return "observatory/imports";
    }

    @GetMapping("/admin/imports/progression")
    String importProgress(Model model) {
        model.addAttribute("progress", progressView());
        return "observatory/imports :: progress";
    }

    /** The progress as shown: running or not, when the last load finished (Paris time), the last lines. */
    record ProgressView(boolean running, String finished, String log) {}

    private ProgressView progressView() {
        ImportProgress.Snapshot s = progress.snapshot();
        String finished = s.finishedAt() == null
                ? null
                : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss")
                        .format(s.finishedAt().atZone(java.time.ZoneId.of("Europe/Paris")));
        return new ProgressView(s.running(), finished, String.join("\n", s.lines()));
    }
}
