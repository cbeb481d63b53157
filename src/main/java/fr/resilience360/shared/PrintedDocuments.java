package fr.resilience360.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Documents to print or download as PDF, written as Thymeleaf templates outside any request (command line, batch):
 * the template receives its variables and {@code baseUrl}, the site's public address
 * ({@code resilience360.base-url}), so that its links and QR codes are absolute — a printed page has no « current
 * site ». Templates include {@code pdf/base :: style} for A4, margins, page numbers and the embedded font.
 */
@Component
public class PrintedDocuments {

    private final ITemplateEngine templates;
    private final String baseUrl;

    PrintedDocuments(
            ITemplateEngine templates, @Value("${resilience360.base-url:http://localhost:8080}") String baseUrl) {
        this.templates = templates;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The site's public address, without a trailing slash: the start of every link a document prints. */
    public String baseUrl() {
        return baseUrl;
    }

    public String html(String template, Map<String, ?> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("baseUrl", baseUrl);
        return templates.process(template, new Context(Locale.FRANCE, all));
    }

    public byte[] pdf(String template, Map<String, ?> variables) {
        return PdfDocuments.of(html(template, variables), baseUrl + "/");
    }

    /** A PDF as a download named {@code name.pdf}. */
    public static ResponseEntity<byte[]> download(byte[] pdf, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
