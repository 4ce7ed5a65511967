package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.daklak.ngoaivu.ingest.Rows.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.normalize.DatePrecision;
import vn.daklak.ngoaivu.normalize.EventType;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.read.SheetRow;

class EventRowMapperTest {

    private static final LocalDate MARCH_15 = LocalDate.of(2024, 3, 15);

    private final EventRowMapper mapper = new EventRowMapper();

    private RowResult<EventRow> map(SheetRow row) {
        return mapper.map(row, TestSheets.events());
    }

    /** A valid event row in 2024 with the given type, start, end, country, partner, participants and guests. */
    private static SheetRow event(Object type, Object start, Object end, Object country, Object partner,
                                  Object participants, Object guests) {
        return row(6, 1, "NV01", "Đêm văn hóa Đắk Lắk", type, start, end, "Jeonju", country, partner, participants,
                guests, "Cà phê", "Cồng chiêng", "Ghi chú");
    }

    @Test
    void mapsACompleteRow() {
        RowResult<EventRow> result = map(event("Giao lưu văn hóa nghệ thuật", MARCH_15, LocalDate.of(2024, 3, 18),
                "Hàn Quốc", "Jeollabuk", 120, 30));

        assertThat(result.problems()).isEmpty();
        EventRow row = result.row();
        assertThat(row.taskCode()).isEqualTo("NV01");
        assertThat(row.name()).isEqualTo("Đêm văn hóa Đắk Lắk");
        assertThat(row.type()).isEqualTo(EventType.GIAO_LUU);
        assertThat(row.start().date()).isEqualTo(MARCH_15);
        assertThat(row.end()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(row.country()).isEqualTo("KR");
        assertThat(row.partnerCode()).isEqualTo("KR-JB");
        assertThat(row.partnerText()).isNull();
        assertThat(row.participants()).isEqualTo(120);
        assertThat(row.foreignGuests()).isEqualTo(30);
        assertThat(row).extracting(EventRow::location, EventRow::ocopProducts, EventRow::heritage, EventRow::notes)
                .containsExactly("Jeonju", "Cà phê", "Cồng chiêng", "Ghi chú");
    }

    @Test
    void emptyEndIsTheStartAndEmptyCountryIsVietNam() {
        EventRow row = map(event(null, "15/03/2024", null, null, null, null, null)).row();

        assertThat(row.end()).isEqualTo(MARCH_15);
        assertThat(row.country()).isEqualTo("VN");
        assertThat(row.type()).isEqualTo(EventType.KHAC);
    }

    @Test
    void excelSerialNumbersAreDates() {
        EventRow row = map(event(null, 45366, null, null, null, null, null)).row();

        assertThat(row.start().date()).isEqualTo(MARCH_15);
    }

    @Test
    void monthPrecisionEndsOnTheLastDayOfTheMonth() {
        EventRow row = map(event(null, "tháng 3/2024", null, null, null, null, null)).row();

        assertThat(row.start().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(row.start().date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(row.end()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void unknownTypeBecomesKhacWithAWarning() {
        RowResult<EventRow> result = map(event("Biểu diễn đường phố", MARCH_15, null, null, null, null, null));

        assertThat(result.row().type()).isEqualTo(EventType.KHAC);
        assertThat(result.problems()).singleElement().extracting(Problem::code, Problem::severity, Problem::rawValue)
                .containsExactly("UNKNOWN_EVENT_TYPE", Severity.WARNING, "Biểu diễn đường phố");
    }

    @Test
    void missingActivityNameAndStartAreErrors() {
        RowResult<EventRow> result = map(row(6, 1, "NV01", null, null, null));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).extracting(Problem::code, Problem::column).containsExactly(
                tuple("MISSING_REQUIRED_VALUE", "C (Tên hoạt động)"),
                tuple("MISSING_REQUIRED_VALUE", "E (Từ ngày)"));
    }

    @Test
    void unreadableDateIsAnError() {
        RowResult<EventRow> result = map(event(null, "31/02/2024", null, null, null, null, null));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("INVALID_DATE");
            assertThat(p.rawValue()).isEqualTo("31/02/2024");
            assertThat(p.message()).startsWith("Từ ngày: ");
        });
    }

    @Test
    void endBeforeStartIsAnError() {
        RowResult<EventRow> result = map(event(null, MARCH_15, "10/03/2024", null, null, null, null));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("END_BEFORE_START");
            assertThat(p.column()).isEqualTo("F (Đến ngày)");
            assertThat(p.message()).contains("10/03/2024", "15/03/2024");
        });
    }

    @Test
    void startOutsideTheReportWindowIsAWarningAndTheRowStays() {
        RowResult<EventRow> result = map(event(null, LocalDate.of(2024, 12, 20), null, null, null, null, null));

        assertThat(result.row()).isNotNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("OUTSIDE_REPORT_WINDOW");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("15/12/2023", "14/12/2024");
        });
    }

    @Test
    void halfYearWindowEndsOnJune14() {
        RowResult<EventRow> late = mapper.map(event(null, LocalDate.of(2024, 6, 20), null, null, null, null, null),
                TestSheets.events(Period.H1));
        RowResult<EventRow> inside = mapper.map(event(null, LocalDate.of(2023, 12, 15), null, null, null, null, null),
                TestSheets.events(Period.H1));

        assertThat(late.problems()).extracting(Problem::code).containsExactly("OUTSIDE_REPORT_WINDOW");
        assertThat(inside.problems()).isEmpty();
    }

    @Test
    void unknownCountryIsAnError() {
        RowResult<EventRow> result = map(event(null, MARCH_15, null, "Atlantis", null, null, null));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).singleElement().extracting(Problem::code, Problem::column)
                .containsExactly("UNKNOWN_COUNTRY", "H (Quốc gia)");
    }

    @Test
    void unknownPartnerIsKeptAsTextWithAWarning() {
        RowResult<EventRow> result = map(event(null, MARCH_15, null, "Hàn Quốc", "tỉnh Gangwon", null, null));

        assertThat(result.row().partnerCode()).isNull();
        assertThat(result.row().partnerText()).isEqualTo("tỉnh Gangwon");
        assertThat(result.problems()).singleElement().extracting(Problem::code, Problem::severity)
                .containsExactly("UNKNOWN_PARTNER", Severity.WARNING);
    }

    @Test
    void moreForeignGuestsThanParticipantsIsAWarning() {
        RowResult<EventRow> result = map(event(null, MARCH_15, null, null, null, 20, "35"));

        assertThat(result.row().foreignGuests()).isEqualTo(35);
        assertThat(result.problems()).singleElement().extracting(Problem::code, Problem::columnIndex)
                .containsExactly("GUESTS_ABOVE_PARTICIPANTS", 10);
    }

    @Test
    void unreadableCountIsAnError() {
        RowResult<EventRow> result = map(event(null, MARCH_15, null, null, null, "rất đông", null));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).singleElement().extracting(Problem::code).isEqualTo("INVALID_COUNT");
    }
}
