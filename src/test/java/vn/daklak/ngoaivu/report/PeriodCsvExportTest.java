package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.support.ExcelCsv;

/** The period's CSV exports: BOM, semicolons, Vietnamese headers and labels beside the codes, escaping, totals. */
class PeriodCsvExportTest extends BuiltYearReport {

    @Test
    void csvExportsStartWithBomAndEscapeTheHostileName() throws IOException {
        Path events = folder.resolve("exports/hoat-dong.csv");
        assertThat(Files.readAllBytes(events)).startsWith(0xEF, 0xBB, 0xBF);

        List<CSVRecord> records = csv(events);
        assertThat(records).hasSize(4);
        assertThat(records).extracting(r -> r.get("Tên hoạt động")).contains("'" + ReportScenario.HOSTILE_EVENT)
                .contains("Tuần văn hóa Đắk Lắk tại Champasak");
        long spent = csv(folder.resolve("exports/kinh-phi.csv")).stream()
                .mapToLong(r -> Long.parseLong(r.get("Đã thực hiện (đồng)"))).sum();
        assertThat((double) spent).isEqualTo(sql("SELECT sum(spent) FROM spending r" + CURRENT));
    }


    @Test
    void csvExportsHaveVietnameseHeadersAndLabelsBesideTheCodesSeparatedBySemicolons() throws IOException {
        assertThat(Files.readAllLines(folder.resolve("exports/nhiem-vu.csv")).get(0)).isEqualTo("\uFEFFMã cơ quan;Dòng;"
                + "Mã nhiệm vụ;Nội dung nhiệm vụ;Mã tình trạng;Tình trạng;Tỷ lệ hoàn thành (%);Kết quả thực hiện;"
                + "Khó khăn, vướng mắc;Đề xuất, kiến nghị");
        CSVRecord inProgress = csv(folder.resolve("exports/nhiem-vu.csv")).stream()
                .filter(r -> r.get("Mã cơ quan").equals("SNGV") && r.get("Mã nhiệm vụ").equals("NV02")).findFirst()
                .orElseThrow();
        assertThat(inProgress.get("Mã tình trạng")).isEqualTo("IN_PROGRESS");
        assertThat(inProgress.get("Tình trạng")).isEqualTo("Đang thực hiện");
        assertThat(inProgress.get("Tỷ lệ hoàn thành (%)")).isEqualTo("50");
        CSVRecord korea = csv(folder.resolve("exports/hoat-dong.csv")).stream()
                .filter(r -> r.get("Mã quốc gia").equals("KR")).findFirst().orElseThrow();
        assertThat(korea.get("Quốc gia")).isEqualTo("Hàn Quốc");
        assertThat(csv(folder.resolve("exports/kinh-phi.csv"))).extracting(r -> r.get("Mã nguồn kinh phí") + "="
                + r.get("Nguồn kinh phí")).contains("STATE_BUDGET=" + FundingSource.STATE_BUDGET.label());
        assertThat(csv(folder.resolve("exports/co-quan.csv"))).extracting(r -> r.get("Mã cơ quan") + " "
                + r.get("Mã tình trạng") + " " + r.get("Tình trạng")).contains("HBD MISSING Chưa gửi báo cáo");
        assertThat(csv(folder.resolve("exports/loi-canh-bao.csv"))).extracting(r -> r.get("Mã mức độ") + "="
                + r.get("Mức độ")).contains("ERROR=Lỗi");
    }


    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.skip(1);
            return ExcelCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
