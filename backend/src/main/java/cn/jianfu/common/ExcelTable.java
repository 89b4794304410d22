package cn.jianfu.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table as an .xlsx workbook of one sheet: a title row saying what was exported with which
 * filter, a bold header row, both staying in view when scrolling, a filter button on each header,
 * and columns wide enough for their longest cell (a Chinese character counts double), numbers as
 * numbers.
 */
public final class ExcelTable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column width limits, in characters. */
    static final int MIN_WIDTH = 6;

    static final int MAX_WIDTH = 60;

    /** Rows above the data: the title and the header. */
    public static final int HEADER_ROW = 1;

    private static final DateTimeFormatter EXPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExcelTable() {}

    /**
     * The title row's text: what the sheet holds, the filters used ("筛选：无" when none) and when it
     * was exported, e.g. {@code 准入清单　筛选：类别：基本履职事项；关键词：防汛　导出于 2026-11-24 09:30}.
     */
    public static String title(String what, List<String> filters) {
        String used = filters.isEmpty() ? "无（全部）" : String.join("；", filters);
        return what + "　筛选：" + used + "　导出于 " + Clock.now().format(EXPORTED_AT);
    }

    /** {@code rows} hold strings, numbers or nulls (empty cells); {@code title} goes above the header. */
    public static byte[] xlsx(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row top = sheet.createRow(0);
            top.createCell(0).setCellValue(title);
            top.getCell(0).setCellStyle(bold);
            if (headers.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
            }
            int[] widths = new int[headers.size()];
            Row head = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(bold);
                widths[i] = width(headers.get(i));
            }
            int r = HEADER_ROW + 1;
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
            sheet.createFreezePane(0, HEADER_ROW + 1);
            if (!headers.isEmpty()) {
                sheet.setAutoFilter(
                        new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, headers.size() - 1));
            }
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
