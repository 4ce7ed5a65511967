package vn.daklak.ngoaivu.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the reference copies under src/test/resources/samples/. */
final class SampleCsv {

    private SampleCsv() {
    }

    static List<CSVRecord> read(String name) {
        InputStream in = SampleCsv.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource samples/" + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
