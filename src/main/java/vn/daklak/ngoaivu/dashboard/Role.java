package vn.daklak.ngoaivu.dashboard;

import java.util.Arrays;
import java.util.Optional;

/** What a dashboard user may do; each role may also do everything of the roles before it. */
public enum Role {
    /** Reads every page and downloads the reports. */
    VIEWER,
    /** Also runs jobs, checks and places uploads, and downloads agencies' feedback. */
    OPERATOR,
    /** Also reads the audit log and manages users. */
    ADMIN;

    static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(text)).findFirst();
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
