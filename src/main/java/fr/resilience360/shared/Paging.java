package fr.resilience360.shared;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a whole list in the API Géo manner ({@code ?page=2&limit=1000}): {@code page} counts from 1, at most
 * {@code maxLimit} items a page. The body carries the total; {@link #links} gives the RFC 8288 {@code Link} header.
 */
public record Paging(int page, int limit) {

    /**
     * Reads the request's {@code page} and {@code limit} (either may be absent).
     *
     * @throws BadParameterException naming the parameter when it is out of range
     */
    public static Paging of(Integer page, Integer limit, int defaultLimit, int maxLimit) {
        if (page != null && page < 1) {
            throw new BadParameterException(
                    "page",
                    "Le paramètre « page » doit être un entier supérieur ou égal à 1 (reçu : « " + page + " »).");
        }
        if (limit != null && (limit < 1 || limit > maxLimit)) {
            throw new BadParameterException(
                    "limit",
                    "Le paramètre « limit » doit être un entier de 1 à " + maxLimit + " (reçu : « " + limit + " »).");
        }
        return new Paging(page == null ? 1 : page, limit == null ? defaultLimit : limit);
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) (page - 1) * limit;
    }

    /** The last page of a list of {@code total} items (1 for an empty list). */
    public long lastPage(long total) {
        return Math.max(1, (total + limit - 1) / limit);
    }

    /**
     * The {@code Link} header (RFC 8288) to the first, previous, next and last pages: the list's URL (with the
     * parameters that select the list, e.g. {@code type}) plus {@code page} and {@code limit}, so that a client
     * follows {@code rel="next"} until it is absent.
     */
    public String links(UriComponentsBuilder list, long total) {
        long last = lastPage(total);
        List<String> links = new ArrayList<>();
        links.add(link(list, 1, "first"));
        if (page > 1) links.add(link(list, Math.min(page - 1, last), "prev"));
        if (page < last) links.add(link(list, page + 1, "next"));
        links.add(link(list, last, "last"));
        return String.join(", ", links);
    }

    private String link(UriComponentsBuilder list, long target, String rel) {
        String url = list.cloneBuilder()
                .replaceQueryParam("page", target)
                .replaceQueryParam("limit", limit)
                .build()
                .toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
