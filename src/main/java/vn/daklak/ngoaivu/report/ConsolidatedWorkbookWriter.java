package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes {@code bao-cao-tong-hop-<year>-<period>.xlsx}: one sheet per view of {@link PeriodFigures}. Streaming
 * (SXSSF) because the activity and problem sheets grow with the number of agencies' rows.
 */
@Component
class ConsolidatedWorkbookWriter {

    private static final int ROWS_IN_MEMORY = 200;

    static String fileName(PeriodFigures f) {
        return "bao-cao-tong-hop-" + f.year() + "-" + f.period().name() + ".xlsx";
    }

    Path write(PeriodFigures figures, Path folder, List<ChartImage> charts) throws IOException {
        Path file = folder.resolve(fileName(figures));
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (OutputStream out = Files.newOutputStream(file)) {
            WorkbookSheets sheets = new WorkbookSheets(workbook, new WorkbookStyles(workbook), figures.windowText());
            SummarySheet.write(sheets, figures);
            AgencySheet.write(sheets, figures);
            TaskMatrixSheet.write(sheets, figures);
            EventSheet.write(sheets, figures);
            SpendingSheet.write(sheets, figures);
            MissingSheet.write(sheets, figures);
            ProblemSheet.write(sheets, figures);
            YearComparisonSheet.write(sheets, figures.period(), figures.yearComparison());
            ChartSheet.write(sheets, charts);
            workbook.write(out);
        } finally {
            workbook.close();
        }
        return file;
    }
}
