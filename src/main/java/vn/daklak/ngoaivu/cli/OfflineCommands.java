package vn.daklak.ngoaivu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.daklak.ngoaivu.ingest.SubmissionValidator;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.read.PoiLimits;
import vn.daklak.ngoaivu.reference.ReferenceData;
import vn.daklak.ngoaivu.reference.ReferenceFiles;
import vn.daklak.ngoaivu.template.TemplateWriter;

/**
 * Commands that need no database: {@code validate} (a dry run) and {@code template}; {@link StartChecks} has checked
 * their files, folders and the year's plan.
 */
final class OfflineCommands {

    private OfflineCommands() {
    }

    static int execute(CommandLine line, PrintStream out) throws IOException {
        PoiLimits.apply();
        ReferenceData reference = ReferenceFiles.read(line.input());
        return switch (line.command()) {
            case VALIDATE -> new SubmissionValidator(reference).validate(line.files(), out::println) ? 0 : 1;
            case TEMPLATE -> template(line, reference, out);
            default -> throw new IllegalStateException("not an offline command: " + line.command());
        };
    }

    private static int template(CommandLine line, ReferenceData reference, PrintStream out) throws IOException {
        int year = line.year();
        AgencyRef agency = null;
        if (line.agencyCode().isPresent()) {
            agency = reference.agencyMatcher().byCode(line.agency()).orElse(null);
            if (agency == null) {
                out.println("Không có cơ quan mã \"" + line.agency() + "\" trong danh mục " + line.input()
                        .resolve("reference/agencies.csv") + ".");
                return 2;
            }
        }
        Path folder = line.output().resolve("templates");
        Files.createDirectories(folder);
        Path file = folder.resolve("mau-bao-cao-" + year + (agency == null ? "" : "-" + agency.code()) + ".xlsx");
        new TemplateWriter().write(year, agency, reference, file);
        out.println("Đã ghi mẫu báo cáo: " + file);
        return 0;
    }
}
