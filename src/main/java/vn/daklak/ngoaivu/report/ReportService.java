package vn.daklak.ngoaivu.report;

import java.nio.file.Path;
import org.springframework.stereotype.Service;
import vn.daklak.ngoaivu.normalize.Period;

/** Placeholder until the report branch lands. */
@Service
public class ReportService {

    public Path rebuild(int year, Period period, Path outputRoot) {
        throw new UnsupportedOperationException("TODO report helper");
    }
}
