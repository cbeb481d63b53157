package fr.resilience360.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.util.UriComponentsBuilder;

class PagingTest {

    private final UriComponentsBuilder request =
            UriComponentsBuilder.fromUriString("http://localhost/api/v1/territoires?type=epci&page=2");

    @Test
    void absentParametersMeanTheFirstPageOfTheDefaultSize() {
        assertThat(Paging.of(null, null, 100, 1000)).isEqualTo(new Paging(1, 100));
    }

    @ParameterizedTest(name = "{0} items by {1}: {2} pages")
    @CsvSource({"1255, 1000, 2", "1000, 1000, 1", "1001, 1000, 2", "0, 100, 1", "18, 5, 4"})
    void theLastPageHoldsTheRemainder(long total, int limit, long pages) {
        assertThat(new Paging(1, limit).lastPage(total)).isEqualTo(pages);
    }

    @Test
    void theOffsetSkipsThePreviousPages() {
        assertThat(new Paging(3, 1000).offset()).isEqualTo(2000);
    }

    @Test
    void aMiddlePageLinksToItsFourNeighbours() {
        assertThat(new Paging(2, 10).links(request, 35))
                .isEqualTo("<http://localhost/api/v1/territoires?type=epci&page=1&limit=10>; rel=\"first\", "
                        + "<http://localhost/api/v1/territoires?type=epci&page=1&limit=10>; rel=\"prev\", "
                        + "<http://localhost/api/v1/territoires?type=epci&page=3&limit=10>; rel=\"next\", "
                        + "<http://localhost/api/v1/territoires?type=epci&page=4&limit=10>; rel=\"last\"");
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        assertThat(new Paging(1, 10).links(request, 35))
                .doesNotContain("rel=\"prev\"")
                .contains("rel=\"next\"");
        assertThat(new Paging(4, 10).links(request, 35))
                .contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void aPageBeyondTheEndStillLinksBackToTheLastPage() {
        assertThat(new Paging(9, 10).links(request, 35))
                .contains("page=4&limit=10>; rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void outOfRangeValuesAreRejectedNamingTheParameter() {
        assertThatThrownBy(() -> Paging.of(0, null, 100, 1000))
                .isInstanceOfSatisfying(
                        BadParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("page"))
                .hasMessageContaining("« 0 »");
        assertThatThrownBy(() -> Paging.of(1, 1001, 100, 1000))
                .isInstanceOfSatisfying(
                        BadParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("limit"))
                .hasMessage("Le paramètre « limit » doit être un entier de 1 à 1000 (reçu : « 1001 »).");
        assertThatThrownBy(() -> Paging.of(1, 0, 100, 1000)).isInstanceOf(BadParameterException.class);
    }
}
