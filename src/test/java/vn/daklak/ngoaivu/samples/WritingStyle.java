package vn.daklak.ngoaivu.samples;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** How one agency fills in its workbook: the naming, the period as written, and its quirks. */
public record WritingStyle(AgencyNaming naming, String periodText, Set<Quirk> quirks) {

    public WritingStyle {
        quirks = quirks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(quirks));
    }

    static WritingStyle of(AgencyNaming naming, String periodText, Quirk... quirks) {
        return new WritingStyle(naming, periodText, quirks.length == 0 ? Set.of() : EnumSet.of(quirks[0], quirks));
    }

    boolean has(Quirk quirk) {
        return quirks.contains(quirk);
    }

    /** A short description, e.g. "ALIAS, \"Cả năm\", [SHEET_ALIASES, TOTALS]". */
    String describe() {
        return naming + ", \"" + periodText + "\", " + quirks.stream().sorted().map(Enum::name)
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
