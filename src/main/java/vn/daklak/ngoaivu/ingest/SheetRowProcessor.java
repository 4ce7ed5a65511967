package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.RowClassifier;
import vn.daklak.ngoaivu.format.RowKind;
import vn.daklak.ngoaivu.normalize.PartnerMatcher;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.Suggestions;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.reference.ReferenceData;

/**
 * Classifies each row under the header and normalises the data rows with the sheet's mapper; total rows are checked
 * against the data rows above them. Empty and section rows are filtered out.
 */
class SheetRowProcessor<T> implements ItemProcessor<PositionedRow, LoadedRow<T>> {

    private final BiFunction<SheetRow, SheetContext, RowResult<T>> mapper;
    private final Function<T, Map<Field, BigDecimal>> numbers;
    private final TotalChecker totals;
    private final int year;
    private final Period period;
    private final Set<String> planTaskCodes;
    private final List<Suggestions.PlanTask> planTasks;
    private final PartnerMatcher partners;
    private final DuplicateTaskRows duplicateTasks = new DuplicateTaskRows();
    private SheetContext context;

    /**
     * Rows of {@code table}'s sheet in a report of ({@code year}, {@code period}) by {@code agencyCode} (null when
     * unknown), checked against the plan.
     */
    SheetRowProcessor(RowTable<T> table, int year, Period period, String agencyCode, ReferenceData reference) {
        this.mapper = table.mapper();
        this.numbers = table.numbers();
        this.totals = new TotalChecker(table.numericFields());
        this.year = year;
        this.period = period;
        this.planTaskCodes = reference.taskCodes(year);
        this.planTasks = PlanTaskCandidates.of(reference.tasks(year), agencyCode);
        this.partners = reference.partnerMatcher();
    }

    @Override
    public LoadedRow<T> process(PositionedRow item) {
        if (context == null) {
            context = new SheetContext(item.sheetName(), item.header(), year, period, planTaskCodes, partners,
                    planTasks);
        }
        RowKind kind = RowClassifier.classify(item.row(), item.header());
        return switch (kind) {
            case EMPTY, SECTION -> null;
            case TOTAL -> {
                List<Problem> problems = totals.checkTotal(item.row(), context);
                yield problems.isEmpty() ? null : new LoadedRow<>(null, problems);
            }
            case DATA -> {
                RowResult<T> result = mapper.apply(item.row(), context);
                List<Problem> problems = result.problems();
                if (result.row() != null) {
                    totals.add(numbers.apply(result.row()));
                }
                if (result.row() instanceof TaskRow task) {
                    // copied only here: the mapper's list may be immutable, and most rows add nothing to it
                    problems = new ArrayList<>(problems);
                    duplicateTasks.check(task, context).ifPresent(problems::add);
                }
                yield result.row() == null && problems.isEmpty() ? null : new LoadedRow<>(result.row(), problems);
            }
        };
    }
}
