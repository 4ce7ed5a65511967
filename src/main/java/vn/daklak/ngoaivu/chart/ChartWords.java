package vn.daklak.ngoaivu.chart;

import java.util.Locale;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/**
 * Every text a chart draws, in one {@link ChartLanguage}. Keys: {@code chartText.<CONSTANT>} for the constants of
 * {@link ChartTexts}, the dashboard's own {@code chart.<slug>}, {@code period.*}, {@code taskStatus.*} and
 * {@code source.*} for what the pages already name, so one name is written in one place.
 */
final class ChartWords {

    static final ChartWords VIETNAMESE = new ChartWords(ChartLanguage.VIETNAMESE);

    private final ChartLanguage language;

    ChartWords(ChartLanguage language) {
        this.language = language;
    }

    /** One of {@link ChartTexts}' constants. */
    String word(String vietnamese) {
        return language.text("chartText." + ChartTexts.keyOf(vietnamese), vietnamese);
    }

    /** A period chart's title: the chart's caption, the period and the year. */
    String title(String slug, String subject, int year, Period period) {
        return language.text("chartText.title", ChartTexts.title(subject, year, period),
                language.text("chart." + slug, subject), period(period), year);
    }

    /** A year-over-year chart's title: the caption and the period compared. */
    String yearsTitle(String slug, String subject, Period period) {
        return language.text("chartText.yearsTitle", ChartTexts.yearsTitle(subject, period),
                language.text("chart." + slug, subject), period(period));
    }

    String country(String iso) {
        // the JDK's English names are fixed data, whatever the server's locale
        return language.text("chartText.country", ChartTexts.countryName(iso),
                new Locale("", iso).getDisplayCountry(Locale.ENGLISH));
    }

    String status(TaskStatus status) {
        return language.text("taskStatus." + status.name(), status.label());
    }

    String source(FundingSource source) {
        return language.text("source." + source.name(), source.label());
    }

    private String period(Period period) {
        return language.text("period." + period.name(), period.label());
    }
}
