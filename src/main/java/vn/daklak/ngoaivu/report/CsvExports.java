package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.normalize.Countries;
import vn.daklak.ngoaivu.support.ExcelCsv;

/**
 * Writes {@code exports/*.csv}: the period's normalised rows in the {@link ExcelCsv} dialect, with Vietnamese headers
 * and labels as in the workbook, and each code (agency, status, type, country, source, severity…) in its own column
 * beside its label so that programs can keep reading the codes.
 */
@Component
class CsvExports {

    static final String FOLDER = "exports";

    void write(PeriodFigures f, Path periodFolder) throws IOException {
        Path folder = Files.createDirectories(periodFolder.resolve(FOLDER));
        table(folder.resolve("co-quan.csv"), f.agencies()::forEach, a -> new Object[] {a.code(), a.name(), a.kind(),
            Labels.kind(a.kind()), Labels.yesNo(a.expected()), a.state().name(), a.state().label(), a.fileName(),
            a.firstAcceptedAt(), a.deadline(), Labels.timeliness(a.onTime()), a.rejectedFiles()},
                "Mã cơ quan", "Tên cơ quan", "Mã loại cơ quan", "Loại cơ quan", "Phải báo cáo", "Mã tình trạng",
                "Tình trạng", "Tệp hiện hành", "Ngày nhận", "Hạn nộp", "Đúng hạn", "Số tệp bị từ chối");
        table(folder.resolve("nhiem-vu.csv"), f.tasks()::forEach, t -> new Object[] {t.agencyCode(), t.rowNo(), t.taskCode(),
            t.content(), t.status().name(), t.status().label(), t.percent(), t.results(), t.issues(), t.proposals()},
                "Mã cơ quan", "Dòng", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Mã tình trạng", "Tình trạng",
                "Tỷ lệ hoàn thành (%)", "Kết quả thực hiện", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị");
        table(folder.resolve("hoat-dong.csv"), f.events()::forEach, e -> new Object[] {e.agencyCode(), e.rowNo(),
            e.taskCode(), e.name(), e.eventType(), Labels.eventType(e.eventType()), e.startDate(), e.startPrecision(),
            e.endDate(), e.location(), e.country(), Countries.vietnameseName(e.country()), e.partnerCode(),
            e.partnerName(), e.participants(), e.foreignGuests(), e.ocopProducts(), e.heritage(), e.notes()},
                "Mã cơ quan", "Dòng", "Mã nhiệm vụ", "Tên hoạt động", "Mã loại hình", "Loại hình", "Từ ngày",
                "Mã độ chính xác ngày", "Đến ngày", "Địa điểm", "Mã quốc gia", "Quốc gia", "Mã đối tác", "Đối tác",
                "Số người tham gia", "Số khách quốc tế", "Sản phẩm OCOP", "Di tích, di sản", "Ghi chú");
        table(folder.resolve("kinh-phi.csv"), f.spending()::forEach, s -> new Object[] {s.agencyCode(), s.rowNo(),
            s.taskCode(), s.item(), s.source() == null ? null : s.source().name(),
            s.source() == null ? null : s.source().label(), s.estimate(), s.allocated(), s.spent()},
                "Mã cơ quan", "Dòng", "Mã nhiệm vụ", "Nội dung chi", "Mã nguồn kinh phí", "Nguồn kinh phí",
                "Dự toán (đồng)", "Được duyệt (đồng)", "Đã thực hiện (đồng)");
        table(folder.resolve("loi-canh-bao.csv"), f.problems()::forEach, p -> new Object[] {p.agencyCode(), p.fileName(),
            p.submissionStatus(), Labels.fileStatus(p.submissionStatus()), p.receivedAt(), p.severity(),
            Labels.severity(p.severity()), p.sheet(), p.rowNo(), p.column(), p.rawValue(), p.code(), p.message()},
                "Mã cơ quan", "Tệp", "Mã trạng thái tệp", "Trạng thái tệp", "Ngày nhận", "Mã mức độ", "Mức độ",
                "Sheet", "Dòng", "Cột", "Giá trị đọc được", "Mã lỗi", "Nội dung");
    }

    /** One CSV file of the rows {@code rows} hands over one at a time (lists, or rows streamed from the database). */
    private static <T> void table(Path file, Consumer<Consumer<T>> rows, Function<T, Object[]> values,
            String... headers) throws IOException {
        try (CSVPrinter printer = ExcelCsv.open(file, List.of(headers))) {
            rows.accept(row -> {
                try {
                    printer.printRecord(Arrays.stream(values.apply(row)).map(ExcelCsv::field).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
