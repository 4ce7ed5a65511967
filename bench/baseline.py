#!/usr/bin/env python3
"""The analyst's script the benchmark compares us with: pandas + openpyxl read every workbook of a folder, map the
columns to our names (aliases of SUBMISSION-FORMAT section 3), and COPY the rows into three bare tables of its own.
No validation, no master data, no feedback: only the column mapping.
Usage: baseline.py INBOX_DIR DSN   (prints "files rows seconds" of the loop, imports and connection excluded)"""
import io, sys, time, warnings
from pathlib import Path
import pandas as pd
import psycopg2

SHEETS = {
    "task": ["Nhiệm vụ", "Nhiem vu", "Tasks", "Tình hình thực hiện nhiệm vụ"],
    "event": ["Hoạt động", "Hoat dong", "Sự kiện", "Events", "Activities"],
    "spending": ["Kinh phí", "Kinh phi", "Spending", "Budget"],
}
COLUMNS = {
    "task": {"task_code": ["Mã nhiệm vụ", "Mã NV", "Task code"], "status": ["Tình trạng", "Tiến độ", "Kết quả", "Status"],
             "progress": ["Tỷ lệ hoàn thành (%)", "Tỷ lệ (%)", "% hoàn thành", "Progress"]},
    "event": {"task_code": ["Mã nhiệm vụ", "Mã NV", "Task code"],
              "name": ["Tên hoạt động", "Tên sự kiện", "Nội dung hoạt động", "Activity"],
              "type": ["Loại hình", "Hình thức", "Type"], "start_day": ["Từ ngày", "Thời gian", "Ngày bắt đầu", "Start"],
              "end_day": ["Đến ngày", "Ngày kết thúc", "End"], "country": ["Quốc gia", "Nước", "Country"],
              "partner": ["Đối tác", "Địa phương đối tác", "Partner"],
              "participants": ["Số người tham gia", "Số lượng người tham gia", "Participants"],
              "foreign_guests": ["Số khách quốc tế", "Khách nước ngoài", "Foreign guests"]},
    "spending": {"task_code": ["Mã nhiệm vụ", "Mã NV", "Task code"], "source": ["Nguồn kinh phí", "Nguồn", "Source"],
                 "estimate": ["Dự toán", "Kinh phí dự kiến", "Estimate"],
                 "spent": ["Đã thực hiện", "Đã chi", "Đã giải ngân", "Kinh phí thực hiện", "Spent"]},
}
INFO = {"agency": ["Cơ quan báo cáo", "Đơn vị báo cáo", "Tên cơ quan", "Agency", "Mã cơ quan"],
        "year": ["Năm", "Năm báo cáo", "Year"], "period": ["Kỳ báo cáo", "Period"]}


def header_row(frame, names):
    for i in range(min(len(frame), 15)):
        if sum(str(v).strip() in names for v in frame.iloc[i]) >= 2:
            return i
    return None


def load(path, cursor):
    book = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl", dtype=str)
    info = next((f for n, f in book.items() if n.strip() in ("Thông tin chung", "Thong tin", "Thông tin", "Info")), None)
    meta = {}
    if info is not None and info.shape[1] >= 2:
        labels = {str(r[0]).strip(): r[1] for r in info.itertuples(index=False)}
        meta = {k: next((labels[a] for a in aliases if a in labels), None) for k, aliases in INFO.items()}
    rows = 0
    for kind, names in SHEETS.items():
        frame = next((f for n, f in book.items() if n.strip() in names), None)
        if frame is None:
            continue
        wanted = {alias: col for col, aliases in COLUMNS[kind].items() for alias in aliases}
        at = header_row(frame, set(wanted))
        if at is None:
            continue
        body = frame.iloc[at + 1:]
        body.columns = [str(c).strip() for c in frame.iloc[at]]
        body = body[[c for c in body.columns if c in wanted]].rename(columns=wanted)
        body = body.loc[:, ~body.columns.duplicated()].reindex(columns=list(COLUMNS[kind]))
        body = body.dropna(how="all")
        for key in ("agency", "year", "period"):
            body.insert(0, key, meta.get(key))
        body.insert(0, "file", path.name)
        buffer = io.StringIO()
        body.to_csv(buffer, index=False, header=False)
        buffer.seek(0)
        cursor.copy_expert(f"COPY baseline_{kind} FROM STDIN WITH (FORMAT csv)", buffer)
        rows += len(body)
    return rows


def main():
    warnings.simplefilter("ignore")   # openpyxl's notes on POI-written styles
    inbox, dsn = Path(sys.argv[1]), sys.argv[2]
    connection = psycopg2.connect(dsn)
    cursor = connection.cursor()
    for kind, columns in COLUMNS.items():
        cursor.execute(f"DROP TABLE IF EXISTS baseline_{kind}")
        cursor.execute(f"CREATE TABLE baseline_{kind} (file text, agency text, year text, period text, "
                       + ", ".join(f"{c} text" for c in columns) + ")")
    connection.commit()
    start = time.monotonic()
    files = rows = 0
    for path in sorted(inbox.glob("*.xlsx")):
        rows += load(path, cursor)
        connection.commit()
        files += 1
    print(files, rows, round(time.monotonic() - start, 3))


if __name__ == "__main__":
    main()
