package vn.daklak.ngoaivu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of the team's brief, checked on the production classes: the plain-Java rules stay free of
 * frameworks, the outputs never reach into the ingestion, and no two features depend on each other in a circle.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.daklak.ngoaivu");

    @Test
    void normalizeAndFormatArePlainJava() {
        noClasses().that().resideInAnyPackage("vn.daklak.ngoaivu.normalize..", "vn.daklak.ngoaivu.format..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.poi..",
                        "java.sql..", "javax.sql..", "org.dhatim.fastexcel..")
                .check(PRODUCTION);
    }

    @Test
    void reportsChartsAndDashboardNeverReachIntoIngest() {
        noClasses().that().resideInAnyPackage("vn.daklak.ngoaivu.report..", "vn.daklak.ngoaivu.chart..",
                        "vn.daklak.ngoaivu.dashboard..")
                .should().dependOnClassesThat().resideInAPackage("vn.daklak.ngoaivu.ingest..")
                .check(PRODUCTION);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("vn.daklak.ngoaivu.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }
}
