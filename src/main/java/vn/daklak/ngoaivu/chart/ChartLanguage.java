package vn.daklak.ngoaivu.chart;

/**
 * The language of a chart's text (titles, axes, legend, "no data"). The reports are Vietnamese only, so
 * {@link #VIETNAMESE} writes exactly what they print; the dashboard gives another language from its message bundles,
 * by key, with the Vietnamese text as the fallback.
 */
@FunctionalInterface
public interface ChartLanguage {

    /** The reports' own text, unchanged. */
    ChartLanguage VIETNAMESE = (key, vietnamese, arguments) -> vietnamese;

    /** The text of {@code key} filled with {@code arguments}; {@code vietnamese} when the language has none. */
    String text(String key, String vietnamese, Object... arguments);
}
