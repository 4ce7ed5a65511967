package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts of the consolidated workbook tested alone, on a workbook of their own (no database). */
class WorkbookPartsTest {

    @Test
    void aBillionDongTakesTheLargeFormat() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Kinh phí");
            TableSheet table = new TableSheet(sheet, new WorkbookStyles(book), "Tiêu đề", "Thời gian",
                    List.of("Mã", "Số tiền"));
            table.row("NV01", 1_250_000_000L);
            table.row("NV02", 999_999_999L);
            table.finish();

            DataFormatter formatter = new DataFormatter(Locale.US);
            assertThat(formatter.formatCellValue(sheet.getRow(3).getCell(1))).isEqualTo("1.250.000.000");
            assertThat(formatter.formatCellValue(sheet.getRow(4).getCell(1))).isEqualTo("999.999.999");
        }
    }


    @Test
    void chartHookEmbedsEachPictureUnderItsTitle(@TempDir Path charts) throws IOException {
        Path png = charts.resolve("bieu-do.png");
        ImageIO.write(new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        try (XSSFWorkbook target = new XSSFWorkbook()) {
            XSSFSheet sheet = target.createSheet("Biểu đồ");

            ChartSheet.embed(target, sheet, new WorkbookStyles(target), List.of(ChartImage.of("Hoạt động", png)));

            assertThat(target.getAllPictures()).hasSize(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hoạt động");
            assertThat(sheet.getDrawingPatriarch().getShapes()).hasSize(1);
        }
    }
}
