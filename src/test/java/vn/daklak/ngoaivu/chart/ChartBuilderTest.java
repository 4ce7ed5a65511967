package vn.daklak.ngoaivu.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.PiePlot;
import org.jfree.data.general.DefaultPieDataset;
import org.junit.jupiter.api.Test;

class ChartBuilderTest {

    @Test
    void aPieLeavesOutAStatusNobodyReportedFromItsSlicesAndLegend() {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        data.setValue("Hoàn thành", 50);
        data.setValue("Chưa thực hiện", 0);
        data.setValue("Hoãn, chuyển kỳ sau", 3);

        PiePlot<?> plot = (PiePlot<?>) ChartBuilder.pie("Tình trạng thực hiện nhiệm vụ năm 2024", data,
                ChartWords.VIETNAMESE)
                .getPlot();

        LegendItemCollection legend = plot.getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(legend.get(i).getLabel());
        }
        assertThat(labels).containsExactly("Hoàn thành", "Hoãn, chuyển kỳ sau");
    }
}
