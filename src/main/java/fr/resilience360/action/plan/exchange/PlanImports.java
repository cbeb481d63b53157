package fr.resilience360.action.plan.exchange;

import fr.resilience360.action.plan.PlanDetails;
import fr.resilience360.action.plan.Plans;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The XLSX import of a plan: all or nothing, in one transaction. The file becomes the plan's whole content: a plan that
 * already holds actions is refused (409) unless the editor asks to replace them ({@code remplacer=oui}), and then
 * they are deleted first (notes included; the history stays). A dry run does everything and rolls it back, so it
 * lists exactly the problems the import would meet; an import with one problem is rolled back the same way.
 */
@Service
class PlanImports {

    private final Plans plans;
    private final PlanDetails details;
    private final PlanExchangeRepository repository;
    private final TransactionTemplate transactions;

    PlanImports(Plans plans, PlanDetails details, PlanExchangeRepository repository, PlatformTransactionManager tm) {
        this.plans = plans;
        this.details = details;
        this.repository = repository;
        this.transactions = new TransactionTemplate(tm);
    }

    PlanImportReport run(TerritorySummary territory, byte[] file, boolean dryRun, boolean replace, String by) {
        PlanWorkbookReader.Read read = PlanWorkbookReader.read(file);
        return transactions.execute(status -> {
            int existing = repository.actionCount(territory.id());
            if (existing > 0 && !replace) throw refusal(territory, existing);
            int replaced = existing > 0 ? repository.clear(territory.id(), by) : 0;
            PlanImportWriter writer = new PlanImportWriter(plans, details, territory, by);
            writer.write(read);
            boolean ok = writer.problems().isEmpty();
            if (ok && !dryRun) repository.history(territory.id(), by, "import", null, summary(writer));
            if (dryRun || !ok) status.setRollbackOnly();
            return new PlanImportReport(
                    dryRun, ok && !dryRun, replaced, java.util.List.copyOf(writer.problems()), writer.counts());
        });
    }

    private static ConflictException refusal(TerritorySummary territory, int existing) {
        return new ConflictException(
                "Plan déjà rempli",
                "Le plan de " + territory.name() + " contient déjà " + existing + " actions : l'import remplace"
                        + " tout son contenu. Cochez « Remplacer le contenu du plan » (remplacer=oui) pour le"
                        + " confirmer — exportez-le d'abord si vous voulez le garder.");
    }

    private static String summary(PlanImportWriter writer) {
        return "fichier XLSX : " + writer.counts();
    }
}
