-- "Nothing is counted as accepted unless the file is where the database says it is": an accepted file whose move to
-- the archive is not yet recorded (a run died between the decision and the move) is not current for any report,
-- chart or dashboard page until the next run finishes the move, which marks its period for a rebuild again.
CREATE OR REPLACE VIEW current_submission AS
SELECT * FROM submission WHERE status = 'ACCEPTED' AND is_current AND stored_path IS NOT NULL;
