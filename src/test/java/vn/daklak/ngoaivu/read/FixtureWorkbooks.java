package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Regenerates the fixture files under src/test/resources/ingest/ (run its main method from the project root; the
 * LibreOffice-saved workbook needs {@code soffice} on the PATH). The files are committed; tests only read them.
 */
public final class FixtureWorkbooks {

    static final Path DIR = Path.of("src/test/resources/ingest");
    private static final long BOMB_SIZE = 1L << 30;

    private FixtureWorkbooks() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : DIR;
        Files.createDirectories(dir);
        xlsx(dir.resolve("normal.xlsx"), SubmissionWorkbooks::normal);
        xlsx(dir.resolve("messy-layout.xlsx"), wb -> {
            SubmissionWorkbooks.messy(wb);
            XSSFFormulaEvaluator.evaluateAllFormulaCells((XSSFWorkbook) wb);
        });
        xlsx(dir.resolve("nfd-text.xlsx"), SubmissionWorkbooks::nfd);
        Files.write(dir.resolve("legacy-fonts.xls"), LegacyXls.bytes());
        encryptedXlsx(dir.resolve("encrypted.xlsx"));
        encryptedXls(dir.resolve("encrypted.xls"));
        zipBomb(dir.resolve("zip-bomb.xlsx"));
        Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Files.writeString(dir.resolve("csv-renamed.xlsx"), "Mã nhiệm vụ,Tình trạng\nNV01,Hoàn thành\n");
        Files.writeString(dir.resolve("pdf-renamed.xlsx"), "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        byte[] normal = Files.readAllBytes(dir.resolve("normal.xlsx"));
        Files.write(dir.resolve("corrupt.xlsx"), Arrays.copyOf(normal, normal.length / 2));
        formulasSavedByLibreOffice(dir);
    }

    static void xlsx(Path file, Consumer<Workbook> content) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
        }
    }

    private static void encryptedXlsx(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("123");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                SubmissionWorkbooks.normal(wb);
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    private static void encryptedXls(Path file) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("123");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            SubmissionWorkbooks.normal(wb);
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** A valid-looking .xlsx whose sheet XML inflates to 1 GB of blanks (about 1 MB on disk). */
    private static void zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                wb.createSheet("Nhiệm vụ");
                copyPartsExceptSheet(wb, zip);
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (long written = 0; written < BOMB_SIZE; written += blanks.length) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void copyPartsExceptSheet(XSSFWorkbook wb, ZipOutputStream zip) throws IOException {
        Path tmp = Files.createTempFile("bomb", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(tmp.toFile())) {
                for (ZipEntry e : java.util.Collections.list(source.entries())) {
                    if (!e.getName().equals("xl/worksheets/sheet1.xml")) {
                        zip.putNextEntry(new ZipEntry(e.getName()));
                        source.getInputStream(e).transferTo(zip);
                        zip.closeEntry();
                    }
                }
            }
        } finally {
            Files.delete(tmp);
        }
    }

    /** Writes the formula workbook with POI (no cached values), then lets LibreOffice recalculate and save it. */
    private static void formulasSavedByLibreOffice(Path dir) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("lo");
        Path source = work.resolve("formulas-libreoffice.xlsx");
        xlsx(source, SubmissionWorkbooks::formulas);
        Path out = work.resolve("out");
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + work + "/profile",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), source.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IOException("soffice failed, see " + work.resolve("soffice.log"));
        }
        Files.copy(out.resolve("formulas-libreoffice.xlsx"), dir.resolve("formulas-libreoffice.xlsx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
