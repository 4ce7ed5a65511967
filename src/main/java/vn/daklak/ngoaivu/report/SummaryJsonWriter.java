package vn.daklak.ngoaivu.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** Writes summary.json (SUBMISSION-FORMAT.md section 6): every key present, keys in the documented order. */
@Component
class SummaryJsonWriter {

    static final String FILE_NAME = "summary.json";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    Path write(PeriodFigures figures, Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        mapper.writeValue(file.toFile(), summary(figures));
        return file;
    }

    Map<String, Object> summary(PeriodFigures f) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("year", f.year());
        root.put("period", f.period().name());
        root.put("submissions", submissions(f));
        root.put("tasks", tasks(f));
        root.put("events", events(f));
        root.put("spending", spending(f));
        return root;
    }

    private static Map<String, Object> submissions(PeriodFigures f) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("expected", f.expectedCodes().size());
        node.put("accepted", f.acceptedCodes().size());
        node.put("rejected", f.rejectedCodes().size());
        node.put("missing", f.missingCodes().size());
        node.put("missingAgencies", f.missingCodes());
        node.put("rejectedAgencies", f.rejectedCodes());
        return node;
    }

    private static Map<String, Object> tasks(PeriodFigures f) {
        Map<String, Object> byStatus = new LinkedHashMap<>();
        for (Map.Entry<TaskStatus, Long> entry : f.tasksByStatus().entrySet()) {
            byStatus.put(entry.getKey().name(), entry.getValue());
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("reported", f.tasks().size());
        node.put("byStatus", byStatus);
        return node;
    }

    private static Map<String, Object> events(PeriodFigures f) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("total", f.events().size());
        node.put("abroad", f.abroadEvents());
        node.put("participants", f.participants());
        node.put("foreignGuests", f.foreignGuests());
        node.put("byCountry", f.eventsByCountry());
        node.put("byPartner", f.eventsByPartner());
        return node;
    }

    private static Map<String, Object> spending(PeriodFigures f) {
        Map<String, Object> bySource = new LinkedHashMap<>();
        for (Map.Entry<FundingSource, MoneyTotals> entry : f.spendingBySource().entrySet()) {
            bySource.put(entry.getKey().name(), money(entry.getValue()));
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("total", money(f.spendingTotal()));
        node.put("bySource", bySource);
        return node;
    }

    private static Map<String, Object> money(MoneyTotals m) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("estimate", m.estimate());
        node.put("allocated", m.allocated());
        node.put("spent", m.spent());
        return node;
    }
}
