package vn.daklak.ngoaivu.report;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.daklak.ngoaivu.normalize.FundingSource;

/** Sheet "Kinh phí": per task, the plan's budget beside what agencies estimated, were allocated and spent. */
final class SpendingSheet {

    static final String NAME = "Kinh phí";

    private SpendingSheet() {
    }

    static void write(WorkbookSheets sheets, PeriodFigures f) {
        TableSheet table = sheets.table(NAME, "Kinh phí thực hiện theo nhiệm vụ (đơn vị: đồng)",
                "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Nguồn theo kế hoạch",
                "Kinh phí kế hoạch (đồng)", "Dự toán (đồng)", "Được duyệt (đồng)", "Đã thực hiện (đồng)",
                "Trong đó NSNN (đồng)", "Trong đó xã hội hóa (đồng)", "Trong đó nguồn khác (đồng)")
                // money columns as wide as their figures, headers wrapped: one landscape page at ≥ 70 %
                .maxWidths(9, 30, 16, 14, 12, 12, 12, 12, 12, 12, 12);
        Map<String, MoneyTotals> byTask = f.spendingByTask();
        Set<String> codes = new TreeSet<>(byTask.keySet());
        f.planTasks().forEach(t -> codes.add(t.code()));
        for (String code : codes) {
            PlanTaskFigure plan = f.planTasks().stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
            MoneyTotals money = byTask.getOrDefault(code, MoneyTotals.ZERO);
            table.row(code, plan == null ? "" : plan.content(), plan == null ? "" : plan.leadAgency(),
                    plan == null ? "" : Labels.fundingSource(plan.fundingSource()),
                    plan == null ? null : plan.plannedBudget(), money.estimate(), money.allocated(), money.spent(),
                    spent(f, code, FundingSource.STATE_BUDGET), spent(f, code, FundingSource.SOCIALIZED),
                    spent(f, code, FundingSource.OTHER));
        }
        table.finish();
    }

    private static long spent(PeriodFigures f, String task, FundingSource source) {
        return f.spending().stream().filter(s -> s.taskCode().equals(task) && s.source() == source)
                .mapToLong(SpendingFigure::spent).sum();
    }
}
