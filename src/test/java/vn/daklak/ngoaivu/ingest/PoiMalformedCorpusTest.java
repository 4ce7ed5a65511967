package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Apache POI's own malformed and hostile spreadsheets (see the folder's README): each read or refused cleanly. */
class PoiMalformedCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/poi-malformed");
    private static final CleanReading READING = new CleanReading(new SubmissionChecker(TestReference.load()));

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.xls[xm]?")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyFileIsReadOrRefusedCleanly(Path file) {
        assertThat(READING.verdict(file)).isNotBlank();
    }

    @Test
    void theMacroEnabledWorkbookIsRefusedAsSuch() {
        assertThat(READING.verdict(CORPUS.resolve("47026.xlsm"))).isEqualTo("refused MACRO_ENABLED, rejected");
    }

    @Test
    void theCorpusIsThere() throws IOException {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(36);
    }
}
