/**
 * The consolidated reports of one (year, period), written by {@link vn.daklak.ngoaivu.report.ReportService} into
 * {@code <output>/reports/<year>/<period>/} and replaced as a whole folder ({@code PeriodFolder}), never half-written:
 * <ul>
 * <li>{@code summary.json}: the headline figures (SUBMISSION-FORMAT.md section 6);</li>
 * <li>{@code bao-cao-tong-hop-<year>-<period>.xlsx}: sheets Tổng hợp (key figures, the Decree 09 window, execution
 * rate), Theo cơ quan, Nhiệm vụ (task × agency status matrix), Hoạt động, Kinh phí (planned budget beside), Chưa báo
 * cáo, Chất lượng dữ liệu, So sánh các năm (by successor agency, with the mergers followed) and Biểu đồ;</li>
 * <li>{@code bao-cao-<year>-<period>.docx}: the report in the Decree 30/2020 layout, sections I–IV, the closing
 * formula, "Nơi nhận" and the signature, then the charts in an appendix;</li>
 * <li>{@code cong-van-don-doc-<year>-<period>.docx}: the reminder letter to agencies without a valid report, with a
 * new deadline;</li>
 * <li>{@code trinh-chieu-<year>-<period>.pptx}: the leaders' briefing deck (16:9);</li>
 * <li>{@code charts/*.png} (1600×900) and {@code *.svg}: drawn by the chart package through
 * {@link vn.daklak.ngoaivu.report.ReportCharts};</li>
 * <li>{@code exports/*.csv}: the period's normalised rows, Vietnamese headers and labels beside the codes.</li>
 * </ul>
 * Every number of the period comes from {@link vn.daklak.ngoaivu.report.PeriodFigures}, loaded once by
 * {@link vn.daklak.ngoaivu.report.PeriodFiguresQuery} (the year comparison included); timeliness and deadlines
 * follow {@link vn.daklak.ngoaivu.report.SubmissionDeadlines}, so every output of one rebuild agrees, the charts
 * too. Issuer, signer, recipients and deadlines come from {@link vn.daklak.ngoaivu.report.ReportProperties}
 * ({@code ngvh.report.*}). Text written into workbooks and CSV files is escaped against formula injection.
 */
package vn.daklak.ngoaivu.report;
