package vn.daklak.ngoaivu.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Master data read straight from the CSV files, without a database: for dry runs ({@code validate}) and tests. */
public final class ReferenceFiles {

    private static final Pattern PLAN_FILE = Pattern.compile("plan-(\\d{4})-tasks\\.csv");

    private ReferenceFiles() {
    }

    public static ReferenceData read(Path inputRoot) {
        Path reference = inputRoot.resolve("reference");
        Map<Integer, List<PlanTaskRef>> plans = new TreeMap<>();
        Path plansDir = inputRoot.resolve("plans");
        if (Files.isDirectory(plansDir)) {
            try (Stream<Path> files = Files.list(plansDir)) {
                for (Path plan : files.sorted().toList()) {
                    Matcher m = PLAN_FILE.matcher(plan.getFileName().toString());
                    if (m.matches()) {
                        int year = Integer.parseInt(m.group(1));
                        plans.put(year, ReferenceCsv.plan(plan, year));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path partners = reference.resolve("partners.csv");
        Path groups = reference.resolve("plan-groups.csv");
        return ReferenceData.of(ReferenceCsv.agencies(reference.resolve("agencies.csv")),
                Files.exists(partners) ? ReferenceCsv.partners(partners) : List.of(),
                Files.exists(groups) ? ReferenceCsv.groups(groups) : Map.of(), plans);
    }
}
