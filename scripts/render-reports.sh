#!/bin/sh
# Renders every report a person reads (.docx, .xlsx, .pptx under FOLDER) to PDF with LibreOffice, then each PDF page
# to a PNG, so the pages can be looked at as they print: the Word report, the consolidated workbook, the briefing
# deck, the reminder letter, the feedback workbooks and the templates.
#   scripts/render-reports.sh FOLDER [TARGET]      (TARGET defaults to FOLDER-rendered)
# Needs soffice (libreoffice-writer, -calc, -impress) and pdftoppm (poppler-utils). Prints one line per file with
# its page count. Locale-independent: file names are passed through as bytes; LibreOffice runs with its own profile.
set -eu
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
    echo "Cách dùng: scripts/render-reports.sh THƯ_MỤC [THƯ_MỤC_KẾT_QUẢ]" >&2
    exit 2
fi
for tool in soffice pdftoppm pdfinfo; do
    command -v "$tool" >/dev/null || { echo "Thiếu $tool (cài libreoffice và poppler-utils)." >&2; exit 2; }
done
source_dir=$(cd "$1" && pwd)
target=${2:-$source_dir-rendered}
mkdir -p "$target"
target=$(cd "$target" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
export LC_ALL=C.UTF-8
find "$source_dir" -type f \( -name '*.docx' -o -name '*.xlsx' -o -name '*.pptx' \) | sort | while IFS= read -r file; do
    relative=${file#"$source_dir"/}
    out="$target/$(dirname "$relative")"
    mkdir -p "$out"
    soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$file" \
        >/dev/null 2>&1 || { echo "$relative: không chuyển được sang PDF"; continue; }
    pdf="$out/$(basename "${file%.*}").pdf"
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    pdftoppm -r 60 -png "$pdf" "${pdf%.pdf}"
    echo "$relative: $pages trang -> ${pdf#"$target"/}"
done
