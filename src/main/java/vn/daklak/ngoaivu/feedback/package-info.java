/**
 * Feedback for the agency (SUBMISSION-FORMAT 5): for every ingested file a {@code .ket-qua.xlsx} (verdict, a copy of
 * the agency's own sheets with each problem cell highlighted and commented, and the list of problems) and a
 * {@code .csv} with the same rows. Entry point: {@link vn.daklak.ngoaivu.feedback.FeedbackWriter}.
 */
package vn.daklak.ngoaivu.feedback;
