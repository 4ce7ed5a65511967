package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.normalize.VietText;

/**
 * The agencies' free texts (difficulties, proposals) grouped by theme: texts that say the same thing up to case, tone
 * placement and punctuation ({@link VietText#matchKey}) form one theme, which names every agency that wrote it.
 */
final class ReportDocxThemes {

    /** One theme: the text as first written, and the agencies (codes, in order of first mention) that wrote it. */
    record Theme(String text, Set<String> agencyCodes) {
    }

    private ReportDocxThemes() {
    }

    /** Themes of the non-blank texts, most agencies first, ties in order of first mention. */
    static List<Theme> of(List<TaskFigure> rows, Function<TaskFigure, String> text) {
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (TaskFigure row : rows) {
            String value = text.apply(row);
            if (value == null || value.isBlank()) {
                continue;
            }
            themes.computeIfAbsent(VietText.matchKey(value),
                    k -> new Theme(ReportDocxOutlook.sentence(value), new LinkedHashSet<>()))
                    .agencyCodes().add(row.agencyCode());
        }
        List<Theme> sorted = new ArrayList<>(themes.values());
        sorted.sort(Comparator.comparingInt((Theme t) -> t.agencyCodes().size()).reversed());
        return sorted;
    }

    /** "- Kinh phí được cấp chậm (2 cơ quan, đơn vị: Sở Ngoại vụ, Sở Tài chính)." */
    static String line(Theme theme, ReportDocxFacts facts) {
        String text = theme.text().substring(0, theme.text().length() - 1);
        return "- %s (%s cơ quan, đơn vị: %s).".formatted(text,
                whole(theme.agencyCodes().size()),
                theme.agencyCodes().stream().map(facts::agencyName).collect(Collectors.joining(", ")));
    }
}
