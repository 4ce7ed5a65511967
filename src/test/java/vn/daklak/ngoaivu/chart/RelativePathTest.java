package vn.daklak.ngoaivu.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RelativePathTest {

    @Test
    void eachSegmentRelativeToWhereItStartsAndClosingReturnsToTheSubpathStart() {
        assertThat(RelativePath.of("M129.2,23.8L152,23.8Q150,30,140.5,28.6ZM10,10C11,12,13,14,9.5,10Z"))
                .isEqualTo("m129.2,23.8l22.8,0q-2,6.2-11.5,4.8zm-119.2-13.8c1,2,3,4-.5,0z");
    }

    @Test
    void unknownCommandsOrFinerNumbersAreLeftAsTheyAre() {
        for (String data : List.of("M1,2H5", "M1.25,2L3,4", "M1,2L3", "M1,2 L3,4", "")) {
            assertThat(RelativePath.of(data)).isEqualTo(data);
        }
    }

    /** Whatever the path, adding the steps back up gives every point of the original exactly. */
    @Test
    void theStepsAddUpToTheOriginalPoints() {
        String absolute = "M406.5,309.5L406.5,1509.5L-268.5,1509.5L-268.5,309.5L406.5,309.5Z"
                + "M0,0Q-0.5,1,2,3C4,5,6,7,8,9L1200,675Z";
        assertThat(absolute(RelativePath.of(absolute))).isEqualTo(points(absolute));
    }

    @Test
    void onlyPathDataAttributesChange() {
        assertThat(RelativePath.ofAll("<path d='M10,10L20,10Z' fill='x'/><rect x='10'/><path d=\"M1 2\"/>"))
                .isEqualTo("<path d='m10,10l10,0z' fill='x'/><rect x='10'/><path d=\"M1 2\"/>");
    }

    private static final Pattern SEGMENT = Pattern.compile("([MLQCZmlqcz])([^MLQCZmlqcz]*)");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static List<String> points(String data) {
        List<String> points = new ArrayList<>();
        Matcher segment = SEGMENT.matcher(data);
        while (segment.find()) {
            List<Double> values = numbers(segment.group(2));
            for (int k = 0; k + 1 < values.size(); k += 2) {
                points.add(Math.round(values.get(k) * 10) + " " + Math.round(values.get(k + 1) * 10));
            }
        }
        return points;
    }

    private static List<String> absolute(String relative) {
        List<String> points = new ArrayList<>();
        Matcher segment = SEGMENT.matcher(relative);
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        while (segment.find()) {
            if (segment.group(1).equals("z")) {
                x = startX;
                y = startY;
                continue;
            }
            List<Double> values = numbers(segment.group(2));
            for (int k = 0; k + 1 < values.size(); k += 2) {
                points.add(Math.round((x + values.get(k)) * 10) + " " + Math.round((y + values.get(k + 1)) * 10));
            }
            x += values.get(values.size() - 2);
            y += values.get(values.size() - 1);
            if (segment.group(1).equals("m")) {
                startX = x;
                startY = y;
            }
        }
        return points;
    }

    private static List<Double> numbers(String text) {
        List<Double> values = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            values.add(Double.parseDouble(number.group()));
        }
        return values;
    }
}
