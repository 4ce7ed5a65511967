package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/**
 * The body of a page's large table (hundreds of cells), rendered by its own template once per data version, locale
 * and selection, then printed by the page as it is: the template engine walking those cells at every request was most
 * of a large page's cost, and the rows are the same for every viewer. Only data goes into these templates, each text
 * escaped by {@code th:text} as anywhere else: no link, form, CSRF token, user or role, which are the request's own and
 * stay in the page around the rows.
 */
@ServletOnly
@Component
class RenderedRows {

    private final ITemplateEngine templates;
    private final FiguresCache figures;

    RenderedRows(ITemplateEngine templates, FiguresCache figures) {
        this.templates = templates;
        this.figures = figures;
    }

    /**
     * The HTML of {@code template} (the table rows only) given {@code rows}; {@code key} must name every input of
     * {@code rows} besides the data version, as for {@link FiguresCache#derived}.
     */
    String html(String template, List<?> key, Locale locale, Supplier<List<?>> rows) {
        return figures.derived(List.of("rendered", template, key, locale),
                () -> templates.process(template, new Context(locale, Map.of("rows", rows.get()))));
    }
}
