-- sheet_total was never written: the totals rows are checked while reading and reported as problems, not stored.
DROP TABLE sheet_total;

-- The one definition of "the current accepted submission" of an (agency, year, period): every report and chart reads
-- its rows through this view.
CREATE VIEW current_submission AS
SELECT * FROM submission WHERE status = 'ACCEPTED' AND is_current;
