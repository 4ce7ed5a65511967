package vn.daklak.ngoaivu.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.chart.YearOverYearQuery;
import vn.daklak.ngoaivu.chart.YearOverYearQuery.Figures;
import vn.daklak.ngoaivu.chart.YearOverYearQuery.Merger;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * The same period over the last years, by successor agency: the figures of the year-over-year charts (the chart
 * package's {@link YearOverYearQuery}, so table and charts cannot disagree), with the mergers they follow.
 */
@Component
class YearComparison {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final YearOverYearQuery query;

    YearComparison(DataSource dataSource) {
        this.query = new YearOverYearQuery(JdbcClient.create(dataSource));
    }

    Table load(int year, Period period) {
        return new Table(query.figures(year, period), query.mergers(year, period));
    }

    /** Rows by year then successor code, and the agencies counted under a successor. */
    record Table(List<Figures> rows, List<Merger> mergers) {

        /** «Số liệu của Sở Kế hoạch và Đầu tư (đến 28/02/2025) được tính cho Sở Tài chính.» */
        static String note(Merger merger) {
            String until = merger.validTo() == null ? "" : " (đến " + DAY.format(merger.validTo()) + ")";
            return "Số liệu của " + merger.name() + until + " được tính cho " + merger.successorName() + ".";
        }
    }
}
