package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import vn.daklak.ngoaivu.check.FileCheck;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.reference.ReferenceData;

/** The {@code validate} dry run: every check of the ingest job, nothing written anywhere. */
public final class SubmissionValidator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SubmissionValidator.class);

    private final SubmissionChecker checker;

    public SubmissionValidator(ReferenceData reference) {
        this.checker = new SubmissionChecker(reference);
    }

    /** Prints each file's verdict and problems; true when every file would be accepted. */
    public boolean validate(List<Path> files, Consumer<String> out) {
        boolean allAccepted = true;
        for (Path file : files) {
            FileCheck.Verdict verdict;
            try {
                verdict = verdict(file);
            } catch (RuntimeException e) {
                // a fault of ours, not of the file: one line for it, the stack trace in the log, the next file checked
                log.error("Không kiểm tra được {}", file, e);
                out.accept(file + ": KHÔNG KIỂM TRA ĐƯỢC — lỗi của chương trình, không phải của tệp; chi tiết trong"
                        + " nhật ký. Hãy báo cho Sở Ngoại vụ.");
                allAccepted = false;
                continue;
            }
            allAccepted &= !verdict.rejected();
            out.accept(file + ": " + (verdict.rejected() ? "SẼ BỊ TỪ CHỐI" : "sẽ được chấp nhận") + " — "
                    + verdict.errors() + " lỗi, " + verdict.warnings() + " cảnh báo; " + verdict.tasks()
                    + " nhiệm vụ, " + verdict.events() + " hoạt động, " + verdict.spendingRows() + " dòng kinh phí");
            verdict.problems().forEach(p -> out.accept("  " + describe(p)));
        }
        return allAccepted;
    }

    /** One file's verdict: every check of the ingest job. */
    public FileCheck.Verdict verdict(Path file) {
        CheckResult result = checker.check(file);
        return new FileCheck.Verdict(result.rejected(), result.problems(), result.tasks().size(),
                result.events().size(), result.spending().size());
    }

    static String describe(Problem p) {
        StringBuilder where = new StringBuilder("[").append(p.severity().label()).append("] ");
        if (p.sheet() != null) {
            where.append("Sheet \"").append(p.sheet()).append('"');
            if (p.row() != null) {
                where.append(", dòng ").append(p.row());
            }
            if (p.column() != null) {
                where.append(", cột ").append(p.column());
            }
            if (p.rawValue() != null && !p.rawValue().isEmpty()) {
                where.append(", giá trị \"").append(p.rawValue()).append('"');
            }
            where.append(": ");
        }
        return where.append(p.message()).toString();
    }
}
