package vn.daklak.ngoaivu.dashboard.pages;

import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.AgencyState;

/**
 * One agency and period of the submission grid.
 *
 * @param state      the agency's standing, from the reports' model
 * @param files      files received for the period (every version, rejected ones too)
 * @param superseded files replaced by a later accepted version
 */
public record GridCell(State state, int files, int superseded) {

    /** What a cell says; the bundles name each as {@code grid.<NAME>}, the style sheet styles it by class. */
    public enum State {
        ON_TIME, LATE, MISSING, REJECTED, NOT_EXPECTED;

        public String cssClass() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static GridCell of(AgencyFigure agency, int files, int superseded) {
        return new GridCell(state(agency), files, superseded);
    }

    static GridCell notExpected() {
        return new GridCell(State.NOT_EXPECTED, 0, 0);
    }

    /** No accepted report yet although one is expected: what the "not yet reported" filter keeps. */
    public boolean outstanding() {
        return state == State.MISSING || state == State.REJECTED;
    }

    private static State state(AgencyFigure agency) {
        if (agency.state() == AgencyState.ACCEPTED) {
            return Boolean.TRUE.equals(agency.onTime()) ? State.ON_TIME : State.LATE;
        }
        if (!agency.expected()) {
            return State.NOT_EXPECTED;
        }
        return agency.state() == AgencyState.REJECTED ? State.REJECTED : State.MISSING;
    }
}
