package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.report.EventFigure;
import vn.daklak.ngoaivu.report.EventFilter;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.SpendingFigure;
import vn.daklak.ngoaivu.report.TaskFigure;

/**
 * What one agency reported for the selected period, row by row (its current accepted report, as the period's reports
 * count it): the tasks with status and results, the events, the spending lines. The agency page shows them under its
 * table across periods, and exports them.
 */
@ServletOnly
@Component
class AgencyTables {

    /** The agency's rows of one period; all empty when it has no accepted report. */
    record Rows(List<TaskFigure> tasks, List<EventFigure> events, List<SpendingFigure> spending) {

        public boolean empty() {
            return tasks.isEmpty() && events.isEmpty() && spending.isEmpty();
        }
    }

    private final FiguresCache figures;

    AgencyTables(FiguresCache figures) {
        this.figures = figures;
    }

    Rows of(Selection selection, String code) {
        if (code == null) {
            return new Rows(List.of(), List.of(), List.of());
        }
        return figures.derived(List.of("agency-rows", selection, code), () -> {
            PeriodFigures period = figures.load(selection.year(), selection.period());
            EventFilter mine = new EventFilter(null, null, null, code, null, EventFilter.Order.DATE, false, List.of());
            return new Rows(period.tasks().stream().filter(t -> t.agencyCode().equals(code)).toList(),
                    period.events().slice(mine, 0, Integer.MAX_VALUE),
                    period.spending().stream().filter(s -> s.agencyCode().equals(code)).toList());
        });
    }
}
