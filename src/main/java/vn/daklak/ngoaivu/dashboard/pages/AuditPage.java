package vn.daklak.ngoaivu.dashboard.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.daklak.ngoaivu.dashboard.AuditLog;

/** Nhật ký: the latest audit entries, for administrators (the rule is in the security configuration). */
@Controller
class AuditPage {

    private static final int SHOWN = 500;

    private final AuditLog audit;

    AuditPage(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(SHOWN));
        return "audit";
    }
}
