package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/** The same data give the same numbers, tables and chart data: two rebuilds of one period compared file by file. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportReproducibilityTest {

    @Autowired
    private ReportService service;
    @Autowired
    private DataSource dataSource;
    @TempDir
    static Path output;

    private Path first;
    private Path second;

    @BeforeAll
    void rebuildTwice() throws IOException {
        ReportScenario.load(new ReportTestData(JdbcClient.create(dataSource)));
        first = service.rebuild(2024, Period.YEAR, output.resolve("lan-1"));
        second = service.rebuild(2024, Period.YEAR, output.resolve("lan-2"));
    }

    @Test
    void summaryAndCsvExportsAreIdentical() throws IOException {
        assertThat(second.resolve("summary.json")).hasSameBinaryContentAs(first.resolve("summary.json"));
        List<Path> exports = files(first.resolve(CsvExports.FOLDER), ".csv");
        assertThat(exports).hasSize(5);
        for (Path csv : exports) {
            assertThat(second.resolve(CsvExports.FOLDER).resolve(csv.getFileName()))
                    .as(csv.getFileName().toString()).hasSameBinaryContentAs(csv);
        }
    }

    /** The SVG files carry each chart's data as drawn shapes and labels; their ids are fixed, so equal data, equal files. */
    @Test
    void chartsAreDrawnFromTheSameData() throws IOException {
        List<Path> svgs = files(first.resolve(ReportService.CHART_FOLDER), ".svg");
        assertThat(svgs).hasSizeGreaterThanOrEqualTo(8);
        assertThat(names(files(second.resolve(ReportService.CHART_FOLDER), ".svg"))).isEqualTo(names(svgs));
        for (Path svg : svgs) {
            assertThat(second.resolve(ReportService.CHART_FOLDER).resolve(svg.getFileName()))
                    .as(svg.getFileName().toString()).hasSameTextualContentAs(svg);
        }
    }

    @Test
    void everySheetHoldsTheSameCells() throws IOException {
        String name = "bao-cao-tong-hop-2024-YEAR.xlsx";
        List<List<String>> before = cells(first.resolve(name));
        assertThat(before).hasSizeGreaterThan(50);
        assertThat(cells(second.resolve(name))).isEqualTo(before);
    }

    private static List<List<String>> cells(Path workbookFile) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>(
                            List.of(sheet.getSheetName(), Integer.toString(row.getRowNum())));
                    for (Cell cell : row) {
                        values.add(formatter.formatCellValue(cell));
                    }
                    cells.add(values);
                }
            }
        }
        return cells;
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }
}
