package vn.daklak.ngoaivu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.feedback.OwnSheet.Style;

/** The styles part our XML sheets use is exactly what POI writes for {@link FeedbackStyles}, style for style. */
class OwnStylesTest {

    @Test
    void theStylesPartAndItsNumbersAreThoseOfFeedbackStyles() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            FeedbackStyles styles = new FeedbackStyles(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.getStylesSource().writeTo(out);

            assertThat(new String(OwnStyles.get().xml(), StandardCharsets.UTF_8))
                    .isEqualTo(out.toString(StandardCharsets.UTF_8).replace("\n", ""));
            assertThat(OwnStyles.get().index(Style.HEADER)).isEqualTo(styles.header().getIndex());
            assertThat(OwnStyles.get().index(Style.WRAP)).isEqualTo(styles.wrap().getIndex());
            assertThat(OwnStyles.get().index(Style.TITLE)).isEqualTo(styles.title().getIndex());
            assertThat(OwnStyles.get().index(Style.LABEL)).isEqualTo(styles.label().getIndex());
            assertThat(OwnStyles.get().index(Style.ACCEPTED)).isEqualTo(styles.verdict(true).getIndex());
            assertThat(OwnStyles.get().index(Style.REJECTED)).isEqualTo(styles.verdict(false).getIndex());
        }
    }
}
