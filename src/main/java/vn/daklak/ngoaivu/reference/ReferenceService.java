package vn.daklak.ngoaivu.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.support.FileHashes;

/**
 * Keeps the master data tables in step with {@code input/reference/*.csv} and {@code input/plans/plan-<year>-tasks.csv}:
 * a file whose content changed since the last run is parsed and replaces its table, all in one transaction, so a
 * malformed file stops the run and leaves the previous master data in place.
 * <p>
 * The master data in force are loaded once and kept ({@link #current()}), with the matchers built from them, so every
 * file and step of a run shares one copy; each {@link #sync} (the start of every run) replaces that copy by the data
 * it has just committed.
 */
@Service
public class ReferenceService {

    private static final Logger log = LoggerFactory.getLogger(ReferenceService.class);
    private static final Pattern PLAN_FILE = Pattern.compile("plan-(\\d{4})-tasks\\.csv");

    private final ReferenceStore store;
    private volatile ReferenceData current;

    ReferenceService(ReferenceStore store) {
        this.store = store;
    }

    /** Loads every changed reference/plan file; returns the master data now in force and whether any file changed. */
    @Transactional
    public ReferenceSync sync(Path inputRoot) {
        boolean changed = false;
        Path reference = inputRoot.resolve("reference");
        Path agenciesFile = reference.resolve("agencies.csv");
        List<AgencyRef> agencies = null;
        if (changed(agenciesFile)) {
            agencies = ReferenceCsv.agencies(agenciesFile);
            store.replaceAgencies(agencies);
            changed = markLoaded(agenciesFile);
        }
        if (changed(reference.resolve("partners.csv"))) {
            store.replacePartners(ReferenceCsv.partners(reference.resolve("partners.csv")));
            changed = markLoaded(reference.resolve("partners.csv"));
        }
        if (changed(reference.resolve("plan-groups.csv"))) {
            store.replaceGroups(ReferenceCsv.groups(reference.resolve("plan-groups.csv")));
            changed = markLoaded(reference.resolve("plan-groups.csv"));
        }
        for (Path plan : planFiles(inputRoot.resolve("plans"))) {
            if (changed(plan)) {
                Matcher m = PLAN_FILE.matcher(plan.getFileName().toString());
                m.matches();
                List<PlanTaskRef> tasks = ReferenceCsv.plan(plan, Integer.parseInt(m.group(1)));
                checkAgencies(plan, tasks, agencies != null ? agencies : store.load().agencies());
                store.replacePlan(Integer.parseInt(m.group(1)), tasks);
                changed = markLoaded(plan);
            }
        }
        ReferenceData data = store.load();
        if (data.agencies().isEmpty()) {
            throw new ReferenceFileException(agenciesFile.toString(), 0, null,
                    "chưa có danh mục cơ quan (tệp không tồn tại hoặc rỗng).");
        }
        keepAfterCommit(data);
        return new ReferenceSync(data, changed);
    }

    /** The master data as last synced (loaded from the database once when no sync ran yet), without reading files. */
    public ReferenceData current() {
        ReferenceData data = current;
        if (data == null) {
            data = store.load();
            current = data;
        }
        return data;
    }

    /** Only committed data become current: a sync that fails leaves the previous copy in force, as in the tables. */
    private void keepAfterCommit(ReferenceData data) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            current = data;
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                current = data;
            }
        });
    }

    private boolean changed(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String hash = sha256(file);
        return !store.storedHash(key(file)).map(hash::equals).orElse(false);
    }

    private boolean markLoaded(Path file) {
        store.recordHash(key(file), sha256(file));
        log.info("Đã nạp danh mục {}", file);
        return true;
    }

    private static String key(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    private static void checkAgencies(Path plan, List<PlanTaskRef> tasks, List<AgencyRef> agencies) {
        Set<String> codes = new TreeSet<>();
        agencies.forEach(a -> codes.add(a.code()));
        for (int i = 0; i < tasks.size(); i++) {
            PlanTaskRef t = tasks.get(i);
            Stream.concat(Stream.ofNullable(t.leadAgency()), t.coordinatingAgencies().stream())
                    .filter(code -> !codes.contains(code)).findFirst()
                    .ifPresent(code -> {
                        throw new ReferenceFileException(plan.getFileName().toString(), 0, "lead_agency/coordinating_agencies",
                                "nhiệm vụ " + t.code() + " nêu mã cơ quan \"" + code + "\" không có trong agencies.csv.");
                    });
        }
    }

    private static List<Path> planFiles(Path plans) {
        if (!Files.isDirectory(plans)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(plans)) {
            return files.filter(p -> PLAN_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return FileHashes.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
