package vn.daklak.ngoaivu.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ReferenceServiceTest {

    @Autowired
    ReferenceService service;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path input;

    @BeforeEach
    void shippedMasterData() throws IOException {
        jdbc.sql("TRUNCATE reference_file, agency, partner, plan_group, plan_task").update();
        Files.createDirectories(input.resolve("reference"));
        Files.createDirectories(input.resolve("plans"));
        for (String name : new String[] {"agencies.csv", "partners.csv", "plan-groups.csv"}) {
            Files.copy(Path.of("input/reference", name), input.resolve("reference/" + name), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(Path.of("input/plans/plan-2024-tasks.csv"), input.resolve("plans/plan-2024-tasks.csv"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void loadsTheShippedFilesOnceAndAgainOnlyWhenOneChanges() throws IOException {
        ReferenceSync first = service.sync(input);
        ReferenceSync second = service.sync(input);

        assertThat(first.changed()).isTrue();
        assertThat(second.changed()).isFalse();
        assertThat(first.data().agencies()).hasSize(45);
        assertThat(first.data().partners()).extracting(p -> p.code()).contains("KR-JB", "KH-MK");
        assertThat(first.data().taskCodes(2024)).hasSize(13).contains("NV01", "NV13");
        assertThat(first.data().tasks(2024).get(0).coordinatingAgencies()).containsExactly("SNGV", "STC");

        Files.writeString(input.resolve("reference/partners.csv"), "\nLA-CP,tỉnh Chămpasắc thử,Champasak,LA,\n",
                java.nio.file.StandardOpenOption.APPEND);
        ReferenceSync third = service.sync(input);
        assertThat(third.changed()).isTrue();
        assertThat(third.data().partners()).extracting(p -> p.code()).contains("LA-CP");
    }

    @Test
    void aMalformedFileStopsTheRunNamingFileLineAndColumnAndKeepsThePreviousData() throws IOException {
        service.sync(input);
        Path agencies = input.resolve("reference/agencies.csv");
        String broken = Files.readString(agencies).replace("SCT,Sở Công Thương,Sở Công Thương,SCT|Sở Công thương,DEPARTMENT,true,2008-01-01",
                "SCT,Sở Công Thương,Sở Công Thương,SCT|Sở Công thương,DEPARTMENT,true,2008-13-01");
        Files.writeString(agencies, broken);

        assertThatThrownBy(() -> service.sync(input))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("agencies.csv")
                .hasMessageContaining("dòng 6")
                .hasMessageContaining("cột valid_from")
                .hasMessageContaining("2008-13-01");
        assertThat(service.current().agencies()).hasSize(45);
    }

    @Test
    void aPlanNamingAnUnknownAgencyIsRefused() throws IOException {
        Path plan = input.resolve("plans/plan-2025-tasks.csv");
        Files.writeString(plan, """
                year,code,group,content,lead_agency,coordinating_agencies,start,end,planned_budget,funding_source,expected_output
                2025,NV01,A,Nội dung,SXYZ,,2025-01-01,2025-12-15,100,STATE_BUDGET,
                """);

        assertThatThrownBy(() -> service.sync(input)).isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("plan-2025-tasks.csv").hasMessageContaining("SXYZ");
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Files.writeString(input.resolve("reference/partners.csv"), "code,name_vi,country\nKR-JB,tỉnh Jeollabuk,KR\n");

        assertThatThrownBy(() -> service.sync(input)).isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("partners.csv").hasMessageContaining("name_en");
    }

    @Test
    void plannedBudgetsAreReadLikeMoneyInTheWorkbooks() throws IOException {
        writePlan2025("1.250.000.000", "\"1,5 tỷ\"", "250 triệu", "");

        ReferenceSync sync = service.sync(input);

        assertThat(sync.data().tasks(2025)).extracting(PlanTaskRef::plannedBudget)
                .containsExactly(1_250_000_000L, 1_500_000_000L, 250_000_000L, null);
    }

    @Test
    void anAmbiguousOrFractionalBudgetIsRefusedNotMisread() throws IOException {
        writePlan2025("\"1,5\"");

        assertThatThrownBy(() -> service.sync(input)).isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("plan-2025-tasks.csv").hasMessageContaining("cột planned_budget")
                .hasMessageContaining("1,5").hasMessageContaining("dưới 1 đồng");
    }

    private void writePlan2025(String... budgets) throws IOException {
        StringBuilder csv = new StringBuilder("year,code,group,content,lead_agency,coordinating_agencies,start,end,"
                + "planned_budget,funding_source,expected_output\n");
        for (int i = 0; i < budgets.length; i++) {
            csv.append("2025,NV0").append(i + 1).append(",A,Nội dung,SNGV,,2025-01-01,2025-12-15,").append(budgets[i])
                    .append(",STATE_BUDGET,\n");
        }
        Files.writeString(input.resolve("plans/plan-2025-tasks.csv"), csv);
    }
}
