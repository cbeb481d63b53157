package fr.resilience360.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.observatory.importing.DatasetImports;
import fr.resilience360.observatory.importing.ImportException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The first start's imports: two datasets at a time, the largest first, every one tried, the first failure thrown. */
class ParallelImportsTest {

    private static final ClassPathResource MAPPING = new ClassPathResource("observatory/anct_programmes.mapping.yaml");

    private final List<String> imported = Collections.synchronizedList(new ArrayList<>());

    private static DatasetImports.Bundled dataset(String name, int bytes) {
        var data = new ByteArrayResource(new byte[bytes]) {
            @Override
            public String getFilename() {
                return name;
            }
        };
        return new DatasetImports.Bundled(DatasetImports.readMapping(MAPPING), MAPPING, data);
    }

    private static String name(DatasetImports.Bundled b) {
        return b.data().getFilename();
    }

    @Test
    void importsTwoDatasetsAtOnceTheLargestFirst() {
        CountDownLatch bothRunning = new CountDownLatch(2);
        List<Boolean> metTheOther = Collections.synchronizedList(new ArrayList<>());
        var parallel = new ParallelImports(
                b -> {
                    imported.add(name(b));
                    bothRunning.countDown();
                    try {
                        metTheOther.add(bothRunning.await(10, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                3,
                line -> {});

        parallel.run(List.of(dataset("petit", 10), dataset("grand", 1000), dataset("moyen", 100)));

        assertThat(imported.subList(0, 2)).containsExactlyInAnyOrder("grand", "moyen");
        assertThat(imported).hasSize(3).last().isEqualTo("petit");
        assertThat(metTheOther).containsOnly(true);
    }

    @Test
    void triesEveryDatasetThenThrowsTheFirstFailure() {
        var parallel = new ParallelImports(
                b -> {
                    if (name(b).equals("refusé")) throw new ImportException("refusé.csv", "ligne 2 tronquée");
                    imported.add(name(b));
                },
                3,
                line -> {});

        assertThatThrownBy(() ->
                        parallel.run(List.of(dataset("refusé", 1000), dataset("premier", 100), dataset("second", 10))))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("ligne 2 tronquée");
        assertThat(imported).containsExactlyInAnyOrder("premier", "second");
    }

    @Test
    void numbersEachDatasetOutOfTheWholeLoad() {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        var parallel = new ParallelImports(b -> {}, 5, lines::add);

        parallel.run(List.of(dataset("a", 2), dataset("b", 1)));
        parallel.run(List.of(dataset("c", 1)));

        assertThat(lines).hasSize(3).allMatch(l -> l.matches("\\[[123]/5] .+"));
        assertThat(lines.get(2)).startsWith("[3/5]");
    }
}
