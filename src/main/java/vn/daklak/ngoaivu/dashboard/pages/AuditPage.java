package vn.daklak.ngoaivu.dashboard.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daklak.ngoaivu.dashboard.AuditLog;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/** Nhật ký: the latest audit entries, for administrators (the rule is in the security configuration). */
@ServletOnly
@Controller
class AuditPage {

    private static final int SHOWN = 500;

    private final AuditLog audit;
    private final Labels labels;
    private final Formats formats;

    AuditPage(AuditLog audit, Labels labels, Formats formats) {
        this.audit = audit;
        this.labels = labels;
        this.formats = formats;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(SHOWN));
        return "audit";
    }

    @GetMapping(value = "/audit", params = "format")
    ResponseEntity<byte[]> export(@RequestParam String format, Locale locale) {
        List<String> headers = Stream.of("col.time", "col.user", "col.action", "col.detail", "col.client")
                .map(k -> labels.get(k, locale)).toList();
        List<List<String>> rows = audit.latest(SHOWN).stream().map(e -> Arrays.asList(formats.dateTime(e.at()),
                e.username(), labels.get("audit.action." + e.action(), locale), e.detail(), e.client())).toList();
        return labels.export(new ExportTable("nhat-ky", headers, rows), format);
    }
}
