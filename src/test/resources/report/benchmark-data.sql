-- A generated province for ReportBenchmark: 60 agencies (five merged into others on 28/02/2025), 2022–2026, both
-- periods, each current report with 10 task rows, 30 events, 10 spending rows and 3 warnings; a few late and a few
-- rejected files. Deterministic: the same script gives the same data.
TRUNCATE agency, partner, plan_group, plan_task, submission, task_report, event, spending, problem
    RESTART IDENTITY CASCADE;

INSERT INTO agency (code, name, short_name, kind, reports, valid_from, valid_to, successor)
SELECT 'CQ' || lpad(i::text, 2, '0'), 'Cơ quan thử nghiệm số ' || i, 'CQ số ' || i,
       (ARRAY['DEPARTMENT','DISTRICT','ORGANIZATION','SECURITY','MEDIA'])[1 + i % 5], true, DATE '2000-01-01',
       CASE WHEN i > 55 THEN DATE '2025-02-28' END,
       CASE WHEN i > 55 THEN 'CQ' || lpad((i - 55)::text, 2, '0') END
  FROM generate_series(1, 60) i;

INSERT INTO partner (code, name_vi, country)
SELECT 'DT' || i, 'Tỉnh đối tác số ' || i, (ARRAY['KR','LA','KH','JP','CN','TH'])[1 + i % 6]
  FROM generate_series(1, 12) i;

INSERT INTO plan_group (code, name) VALUES ('A', 'Giao lưu văn hóa'), ('B', 'Thông tin đối ngoại'),
    ('C', 'Quảng bá hình ảnh');

INSERT INTO plan_task (year, code, group_code, content, lead_agency, coordinating_agencies, start_date, end_date,
                       planned_budget, funding_source)
SELECT y, 'NV' || lpad(t::text, 2, '0'), (ARRAY['A','B','C'])[1 + t % 3], 'Nhiệm vụ thử nghiệm ' || t,
       'CQ' || lpad(t::text, 2, '0'), ARRAY['CQ' || lpad((t + 10)::text, 2, '0')], make_date(y, 1, 1),
       make_date(y, 2 + t, 28), 100000000 * t, 'STATE_BUDGET'
  FROM generate_series(2022, 2026) y, generate_series(1, 10) t;

-- One file per (agency, year, period), except a missing few; arrivals around the deadline (day 20).
-- Each file where a run would have put it (stored_path): since V13 an accepted file counts only once it is there.
INSERT INTO submission (sha256, file_name, file_size, received_at, ingested_at, agency_code, year, period, status,
                        is_current, stored_path)
SELECT md5(a || y || p) || md5(p || y || a), a || '-' || y || '-' || p || '.xlsx', 50000, arrival, arrival, a, y, p,
       CASE WHEN i % 23 = y % 23 THEN 'REJECTED' ELSE 'ACCEPTED' END, i % 23 <> y % 23,
       CASE WHEN i % 23 = y % 23 THEN 'rejected/' ELSE 'archive/' || y || '/' || p || '/' || a || '/' END
           || a || '-' || y || '-' || p || '.xlsx'
  FROM (SELECT 'CQ' || lpad(i::text, 2, '0') AS a, i, y, p,
               make_timestamptz(y, CASE p WHEN 'H1' THEN 6 ELSE 12 END, 8 + (i * 7 + y) % 16, 9, 0, 0,
                                'Asia/Ho_Chi_Minh') AS arrival
          FROM generate_series(1, 60) i, generate_series(2022, 2026) y, unnest(ARRAY['H1','YEAR']) p
         WHERE NOT (i > 55 AND y >= 2025) AND i % 19 <> y % 19) files;

INSERT INTO task_report (submission_id, row_no, task_code, content, status, percent, results, issues, proposals)
SELECT s.id, r, 'NV' || lpad(r::text, 2, '0'), 'Thực hiện nhiệm vụ ' || r,
       (ARRAY['DONE','IN_PROGRESS','NOT_STARTED','CANCELLED','POSTPONED','DONE'])[1 + (s.id + r) % 6],
       (s.id * r) % 101, 'Kết quả đạt được của nhiệm vụ ' || r,
       CASE WHEN r = 3 THEN 'Thiếu kinh phí' END, CASE WHEN r = 4 THEN 'Đề nghị bổ sung kinh phí' END
  FROM submission s, generate_series(1, 10) r WHERE s.status = 'ACCEPTED';

INSERT INTO event (submission_id, row_no, task_code, name, event_type, start_date, start_precision, end_date,
                   location, country, partner_code, participants, foreign_guests)
SELECT s.id, r, 'NV' || lpad((1 + r % 10)::text, 2, '0'), 'Hoạt động giao lưu số ' || r, 'GIAO_LUU', d, 'DAY', d,
       'Buôn Ma Thuột', (ARRAY['VN','VN','VN','KR','LA','KH','JP'])[1 + (s.id + r) % 7],
       CASE WHEN r % 4 = 0 THEN 'DT' || (1 + (s.id + r) % 12) END, 20 + (s.id * r) % 300, (s.id + r) % 25
  FROM submission s, generate_series(1, 30) r,
       LATERAL (SELECT make_date(s.year - 1, 12, 15) + ((s.id * 31 + r * 7)
                       % CASE s.period WHEN 'H1' THEN 180 ELSE 364 END)::int AS d) day
 WHERE s.status = 'ACCEPTED';

INSERT INTO spending (submission_id, row_no, task_code, item, source, estimate, allocated, spent)
SELECT s.id, r, 'NV' || lpad(r::text, 2, '0'), 'Chi thực hiện nhiệm vụ ' || r,
       (ARRAY['STATE_BUDGET','SOCIALIZED','OTHER'])[1 + r % 3], 10000000 * r, 9000000 * r, (7000000 + s.id % 5) * r
  FROM submission s, generate_series(1, 10) r WHERE s.status = 'ACCEPTED';

INSERT INTO problem (submission_id, sheet, row_no, column_name, raw_value, severity, code, message)
SELECT s.id, 'Hoạt động', r, 'Số khách quốc tế', '', 'WARNING', 'W_EMPTY', 'Số khách quốc tế để trống.'
  FROM submission s, generate_series(1, 3) r WHERE s.status = 'ACCEPTED'
UNION ALL
SELECT s.id, 'Nhiệm vụ', 5, 'Mã nhiệm vụ', 'NV99', 'ERROR', 'E_TASK', 'Mã nhiệm vụ "NV99" không có trong Kế hoạch.'
  FROM submission s WHERE s.status = 'REJECTED';
