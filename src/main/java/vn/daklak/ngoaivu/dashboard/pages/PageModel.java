package vn.daklak.ngoaivu.dashboard.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.dashboard.Viewer;
import vn.daklak.ngoaivu.normalize.Period;

/** What every page's frame needs: the selected year and period, and the choices of the selectors. */
@ServletOnly
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final PeriodChoices choices;
    private final Labels labels;

    PageModel(PeriodChoices choices, Labels labels) {
        this.choices = choices;
        this.labels = labels;
    }

    @ModelAttribute("selection")
    Selection selection(@RequestParam(required = false) String year, @RequestParam(required = false) String period) {
        return choices.resolve(year, period);
    }

    @ModelAttribute("years")
    List<Integer> years() {
        return choices.years();
    }

    @ModelAttribute("periods")
    List<Period> periods() {
        return List.of(Period.values());
    }

    /** The page's own path, for the language switch that keeps the reader on the same view. */
    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The menu, each link keeping the year and period shown. */
    @ModelAttribute("nav")
    List<NavLink> nav(@ModelAttribute("selection") Selection selection, @ModelAttribute("path") String path,
            @ModelAttribute("viewer") Viewer viewer, Locale locale) {
        return NavLink.menu(selection, path, viewer, key -> labels.get(key, locale));
    }

    /** The signed-in user's name and role, for the header and the operators' and administrators' links. */
    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        return Viewer.of(authentication);
    }
}
