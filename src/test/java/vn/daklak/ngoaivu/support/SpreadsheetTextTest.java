package vn.daklak.ngoaivu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+84 262", "-5", "@SUM(A1)", "\tx", "\rx", "\r=cmd", "\n=cmd", "\t@x",
            "\r\n+1", "_x000D_=HYPERLINK(\"x\")", "_x003D_1+1", "_x000a__x0040_A1", "＝1+1"})
    void textThatASpreadsheetWouldEvaluateGetsAQuotePrefix(String text) {
        assertThat(SpreadsheetText.escape(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở Ngoại vụ", "1.250.000.000 đ", "a=b", "'quoted", "_x0041_=b", "\u200F=مرحبا",
            "_x00", "x\n=y", " =x", "   - Dự toán"})
    void ordinaryTextIsKept(String text) {
        assertThat(SpreadsheetText.escape(text)).isEqualTo(text);
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(SpreadsheetText.escape(null)).isNull();
        assertThat(SpreadsheetText.escape("")).isEmpty();
        assertThat(SpreadsheetText.escapeOrEmpty(null)).isEmpty();
        assertThat(SpreadsheetText.escapeOrEmpty("=x")).isEqualTo("'=x");
    }

    @Test
    void charactersNoXmlFileMayHoldBecomeReplacementCharacters() {
        assertThat(SpreadsheetText.clean("a\u0000b\u0007c\u001Fd\uFFFEe\uD800f\uDC00g"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg");
        assertThat(SpreadsheetText.clean("tab\tlf\ncr\r😀")).isEqualTo("tab\tlf\ncr\r😀");
    }

    @Test
    void textThatFitsIsKeptWhole() {
        String full = "x".repeat(SpreadsheetText.MAX_CELL_LENGTH);
        assertThat(SpreadsheetText.escape(full)).isSameAs(full);
    }

    @Test
    void longTextIsShortenedVisiblyToTheCellLimit() {
        String escaped = SpreadsheetText.escape("a".repeat(40_000));
        assertThat(escaped).hasSize(32_767).endsWith("a… [đã rút gọn]");
    }

    @Test
    void escapingAFullCellKeepsTheQuoteAndTheLimit() {
        String escaped = SpreadsheetText.escape("=" + "1".repeat(32_766));
        assertThat(escaped).hasSize(32_767).startsWith("'=1").endsWith("1… [đã rút gọn]");
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
        String text = "😀".repeat(20_000);
        String shortened = SpreadsheetText.escape(text);
        assertThat(shortened).hasSize(32_766).endsWith("😀… [đã rút gọn]");
        assertThat(SpreadsheetText.clean(shortened)).isSameAs(shortened);
    }

    @Test
    void everyHostileValueCanBeWrittenToAWorkbookAndReadBackAsText() throws Exception {
        List<String> hostile = List.of("=".repeat(32_767), "\u0000\u0001=cmd", "\uD800",
                "\u202E\u200Fgnp.exe", "x".repeat(100_000), "\n-2+3");
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("s");
            for (int i = 0; i < hostile.size(); i++) {
                sheet.createRow(i).createCell(0).setCellValue(SpreadsheetText.escape(hostile.get(i)));
            }
            workbook.write(out);
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < hostile.size(); i++) {
                Cell cell = read.getSheetAt(0).getRow(i).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(SpreadsheetText.escape(hostile.get(i)));
            }
        }
    }

    @Test
    void anOoxmlEscapedFormulaStaysTextOnceExcelDecodesIt() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("s").createRow(0).createCell(0).setCellValue(SpreadsheetText.escape("_x000D_=1+1"));
            workbook.write(out);
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(read.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("'\r=1+1");
        }
    }
}
