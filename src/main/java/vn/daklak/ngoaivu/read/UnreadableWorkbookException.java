package vn.daklak.ngoaivu.read;

/** The file is not a workbook we can read; {@link #getMessage()} is a Vietnamese sentence for the agency. */
public class UnreadableWorkbookException extends Exception {

    private final WorkbookProblem problem;

    public UnreadableWorkbookException(WorkbookProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public WorkbookProblem problem() {
        return problem;
    }
}
