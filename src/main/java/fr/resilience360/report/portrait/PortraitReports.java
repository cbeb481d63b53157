package fr.resilience360.report.portrait;

import fr.resilience360.action.RecommendedActions;
import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.online.PortraitHighlights;
import fr.resilience360.online.PortraitPerceptions;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.PrintedDocuments;
import fr.resilience360.shared.QrCodes;
import fr.resilience360.survey.Surveys;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.typology.TerritoryTypologies;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The printed portrait of a territory (issue 13): gathers its figures from the modules that own them into a
 * {@link PortraitReport}, and renders it as HTML or PDF from the same template ({@code report/rapport-pdf}, whose
 * content the page {@code report/rapport} shares). The same document for everyone: public data only (the action plan,
 * private to the territory's members, is never in it).
 */
@Service
public class PortraitReports {

    /** How many recommended actions the report lists, each with its QR code. */
    static final int ACTIONS = 5;

    static final String PDF_TEMPLATE = "report/rapport-pdf";

    /** The survey whose open link the report prints: the inhabitants' one. */
    static final String SURVEY_TEMPLATE = "habitants";

    /** The report is dated in France's time zone. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ReportScores scores;
    private final ReportExposures exposures;
    private final TerritoryTypologies typologies;
    private final ReferenceScores referenceScores;
    private final Observatory observatory;
    private final Referential referential;
    private final PrintedDocuments documents;
    private final ObjectProvider<PortraitHighlights> highlights;
    private final ObjectProvider<PortraitPerceptions> perceptions;
    private final ObjectProvider<RecommendedActions> recommendations;
    private final Surveys surveys;
    private final Clock clock;

    @Autowired
    PortraitReports(
            ReportScores scores,
            ReportExposures exposures,
            TerritoryTypologies typologies,
            ReferenceScores referenceScores,
            Observatory observatory,
            Referentials referentials,
            PrintedDocuments documents,
            ObjectProvider<PortraitHighlights> highlights,
            ObjectProvider<PortraitPerceptions> perceptions,
            ObjectProvider<RecommendedActions> recommendations,
            Surveys surveys) {
        this(
                scores,
                exposures,
                typologies,
                referenceScores,
                observatory,
                referentials.byId(Referentials.DIAG360),
                documents,
                highlights,
                perceptions,
                recommendations,
                surveys,
                Clock.system(PARIS));
    }

    private PortraitReports(
            ReportScores scores,
            ReportExposures exposures,
            TerritoryTypologies typologies,
            ReferenceScores referenceScores,
            Observatory observatory,
            Referential referential,
            PrintedDocuments documents,
            ObjectProvider<PortraitHighlights> highlights,
            ObjectProvider<PortraitPerceptions> perceptions,
            ObjectProvider<RecommendedActions> recommendations,
            Surveys surveys,
            Clock clock) {
        this.scores = scores;
        this.exposures = exposures;
        this.typologies = typologies;
        this.referenceScores = referenceScores;
        this.observatory = observatory;
        this.referential = referential;
        this.documents = documents;
        this.highlights = highlights;
        this.perceptions = perceptions;
        this.recommendations = recommendations;
        this.surveys = surveys;
        this.clock = clock;
    }

    /** The same reports dated by this clock (a fixed date, for a document that must not change from day to day). */
    PortraitReports at(Clock other) {
        return new PortraitReports(
                scores,
                exposures,
                typologies,
                referenceScores,
                observatory,
                referential,
                documents,
                highlights,
                perceptions,
                recommendations,
                surveys,
                other);
    }

    public PortraitReport report(TerritorySummary territory) {
        ReportScores.Scored scored = scores.of(territory);
        var similar = referenceScores.similarDistribution(territory.id()).orElse(null);
        PortraitPerceptions.Perceptions seen = perceptions.stream()
                .findFirst()
                .flatMap(p -> p.of(territory.id()))
                .orElse(null);
        var needs = ReportNeeds.of(referential.needs(), scored, similar, seen);
        var strongest = ReportNeeds.strongest(needs);
        var weakest = ReportNeeds.weakest(needs);
        PortraitHighlights.Highlights hits =
                highlights.stream().findFirst().flatMap(h -> h.of(territory)).orElse(null);
        var known = exposures.of(territory);
        var typology = typologies.section(territory.id(), 0).orElse(null);
        var actions = actions(territory);
        String scope = seen == null ? null : seen.scope();
        var sources = ReportSources.of(
                new ReportSources.Inputs(
                        referential, scored.values(), known, typology, similar, scope, !actions.isEmpty()),
                observatory);
        return new PortraitReport(
                territory,
                typology,
                scored.base(),
                needs,
                similar == null ? null : similar.group(),
                RadarSvg.render(ReportNeeds.axes(needs), radarTitle(territory)),
                PrintedRadar.html(ReportNeeds.axes(needs), radarTitle(territory)),
                KeyMessages.of(scored.base(), needs, strongest, weakest, hits),
                strongest,
                weakest,
                hits,
                known.stream().map(ReportExposures.Known::line).toList(),
                scope,
                actions,
                link(portraitPath(territory), "QR code du portrait en ligne de " + territory.name()),
                surveyLink(territory),
                sources,
                LocalDate.now(clock));
    }

    /** The report as a whole HTML document to print (the PDF's source). */
    public String html(TerritorySummary territory) {
        return documents.html(PDF_TEMPLATE, Map.of("r", report(territory)));
    }

    public byte[] pdf(TerritorySummary territory) {
        return documents.pdf(PDF_TEMPLATE, Map.of("r", report(territory)));
    }

    /**
     * Changes whenever a report may change: the data, the scores and publications, the exposures and stress test, the
     * perceptions, the recommendations, the surveys open to inhabitants, and the day (the report is dated).
     */
    public String version() {
        PortraitHighlights h = highlights.getIfAvailable();
        PortraitPerceptions p = perceptions.getIfAvailable();
        RecommendedActions r = recommendations.getIfAvailable();
        return observatory.version() + "/" + referenceScores.version() + "/" + typologies.version() + "/"
                + scores.version() + "/" + (h == null ? "-" : h.version()) + "/" + (p == null ? "-" : p.version())
                + "/" + (r == null ? "-" : r.version()) + "/" + surveys.openLinksVersion() + "/" + LocalDate.now(clock);
    }

    /** The site's public address, for the page's own links and QR codes. */
    public String baseUrl() {
        return documents.baseUrl();
    }

    /** The live portrait the report's first QR code leads to, relative to the site. */
    public static String portraitPath(TerritorySummary territory) {
        return "/territoires/" + territory.id() + "/diagnostic";
    }

    private List<PortraitReport.ActionLine> actions(TerritorySummary territory) {
        RecommendedActions r = recommendations.getIfAvailable();
        if (r == null) return List.of();
        return r.top(territory, ACTIONS).stream()
                .map(a -> new PortraitReport.ActionLine(
                        a.rank(),
                        a.actionId(),
                        a.title(),
                        a.summary(),
                        a.reason(),
                        link(a.path(), "QR code de la fiche action « " + a.title() + " »")))
                .toList();
    }

    private PortraitReport.Link link(String path, String label) {
        return absolute(documents.baseUrl() + path, label);
    }

    /** The inhabitants' survey open now: its public link is made to be spread, on paper too. */
    private PortraitReport.Link surveyLink(TerritorySummary territory) {
        return surveys.openLink(territory.id(), SURVEY_TEMPLATE)
                .map(url -> absolute(url, "QR code de l'enquête ouverte aux habitants de " + territory.name()))
                .orElse(null);
    }

    private static PortraitReport.Link absolute(String url, String label) {
        return new PortraitReport.Link(url, QrCodes.pngDataUri(url), label);
    }

    private static String radarTitle(TerritorySummary territory) {
        return "Radar des scores des 11 besoins de " + territory.name()
                + ", avec la médiane et les quartiles des territoires semblables ; le tableau « Scores des besoins »"
                + " donne les mêmes valeurs";
    }
}
