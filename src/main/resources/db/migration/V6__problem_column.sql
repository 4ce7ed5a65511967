-- The 0-based column of a problem's cell, so the feedback marks and comments that cell (column_name is only its
-- display form, e.g. 'D (Tình trạng)'). Problems stored before this migration keep NULL: they mark their row.
ALTER TABLE problem ADD COLUMN column_index INT CHECK (column_index >= 0);
