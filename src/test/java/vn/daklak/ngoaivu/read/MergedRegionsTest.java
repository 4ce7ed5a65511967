package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergedRegionsTest {

    @Test
    void spreadsTopLeftValueOverRowsAndColumnsOfTheRegion() {
        MergedRegions merges = new MergedRegions(List.of(new MergedRegions.Region(2, 3, 0, 1)));
        SheetRow first = merges.fill(new SheetRow(2, List.of(CellValue.text(0, "NV01"), CellValue.text(2, "a"))));
        SheetRow second = merges.fill(new SheetRow(3, List.of(CellValue.text(2, "b"))));
        SheetRow after = merges.fill(new SheetRow(4, List.of(CellValue.text(2, "c"))));

        assertThat(first.cells()).extracting(CellValue::column, CellValue::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "NV01"),
                        org.assertj.core.groups.Tuple.tuple(1, "NV01"), org.assertj.core.groups.Tuple.tuple(2, "a"));
        assertThat(second.cell(0).text()).isEqualTo("NV01");
        assertThat(second.cell(1).text()).isEqualTo("NV01");
        assertThat(after.cell(0)).isNull();
    }

    @Test
    void leavesSingleRowRegionsAlone() {
        MergedRegions merges = new MergedRegions(List.of(new MergedRegions.Region(1, 1, 0, 5)));
        SheetRow title = merges.fill(new SheetRow(1, List.of(CellValue.text(0, "BÁO CÁO"))));
        assertThat(title.cells()).hasSize(1);
    }
}
