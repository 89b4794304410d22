package cn.jianfu.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table as an .xlsx workbook of one sheet: a bold header row that stays in view when scrolling,
 * and columns wide enough for their longest cell (a Chinese character counts double), numbers as
 * numbers.
 */
public final class ExcelTable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column width limits, in characters. */
    static final int MIN_WIDTH = 6;

    static final int MAX_WIDTH = 60;

    private ExcelTable() {}

    /** {@code rows} hold strings, numbers or nulls (empty cells). */
    public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int[] widths = new int[headers.size()];
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(bold);
                widths[i] = width(headers.get(i));
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size() && i < headers.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                    widths[i] = Math.max(widths[i], v == null ? 0 : width(v.toString()));
                }
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Display width in characters: wide (CJK, full-width) characters count two. */
    static int width(String s) {
        return s.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
    }
}
