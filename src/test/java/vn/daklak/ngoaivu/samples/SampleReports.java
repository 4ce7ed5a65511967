package vn.daklak.ngoaivu.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.samples.SamplePlan.PlanTask;

/** Generates an agency's year: task progress, activities and spending, from one seeded random source. */
final class SampleReports {

    private static final long MILLION = 1_000_000L;

    private final Random random;
    private final SampleActivities activities;
    private final SampleTaskTexts texts;

    SampleReports(Random random, int year) {
        this.random = random;
        this.activities = new SampleActivities(random, year);
        this.texts = new SampleTaskTexts(random);
    }

    AgencyYear of(SampleAgency agency) {
        List<PlanTask> tasks = SamplePlan.tasksOf(agency);
        List<TaskReport> h1 = new ArrayList<>();
        List<TaskReport> year = new ArrayList<>();
        for (PlanTask task : tasks) {
            // weights in the order DONE, IN_PROGRESS, NOT_STARTED, CANCELLED, POSTPONED
            TaskStatus first = pick(20, 55, 20, 0, 5);
            TaskStatus last = first == TaskStatus.DONE ? TaskStatus.DONE : pick(68, 18, 3, 5, 6);
            if (last == TaskStatus.NOT_STARTED && first != TaskStatus.NOT_STARTED) {
                last = TaskStatus.IN_PROGRESS; // a task under way in June cannot be "not started" in December
            }
            h1.add(texts.report(task, first));
            year.add(texts.report(task, last));
        }
        List<EventReport> eventsH1 = activities.of(agency, tasks, true);
        List<EventReport> eventsH2 = activities.of(agency, tasks, false);
        List<SpendingReport> spendingYear = spending(agency, tasks);
        List<SpendingReport> spendingH1 = spendingYear.stream().map(s -> new SpendingReport(s.taskCode(), s.item(),
                s.source(), s.estimate(), s.allocated(), s.spent() * random.nextInt(7) / 10 / MILLION * MILLION))
                .toList();
        return new AgencyYear(agency, h1, year, eventsH1, eventsH2, spendingH1, spendingYear);
    }

    private List<SpendingReport> spending(SampleAgency agency, List<PlanTask> tasks) {
        List<SpendingReport> rows = new ArrayList<>();
        for (PlanTask task : tasks) {
            boolean lead = task.lead().equals(agency.code());
            if (lead) {
                long estimate = task.budget() > 0 ? task.budget() : (5 + random.nextInt(26)) * 10 * MILLION;
                rows.add(row(task, task.source(), estimate));
                if (random.nextInt(3) == 0) {
                    rows.add(row(task, FundingSource.SOCIALIZED, (2 + random.nextInt(15)) * 10 * MILLION));
                }
            } else if (random.nextInt(2) == 0) {
                FundingSource source = FundingSource.values()[random.nextInt(3)];
                rows.add(row(task, source, (2 + random.nextInt(9)) * 10 * MILLION));
            }
        }
        return rows;
    }

    private SpendingReport row(PlanTask task, FundingSource source, long estimate) {
        long allocated = estimate * (80 + random.nextInt(21)) / 100 / (5 * MILLION) * (5 * MILLION);
        long spent = allocated * (70 + random.nextInt(31)) / 100 / MILLION * MILLION;
        return new SpendingReport(task.code(), texts.spendingItem(task, source), source, estimate, allocated, spent);
    }

    private TaskStatus pick(int... weights) {
        int r = random.nextInt(java.util.Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return TaskStatus.values()[i];
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
