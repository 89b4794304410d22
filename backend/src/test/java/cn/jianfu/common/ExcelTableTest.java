package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook as Excel reads it back (Apache POI). */
class ExcelTableTest {

    private static XSSFWorkbook read(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void titleRowNamesTheFilterThenHeaderThenData() throws Exception {
        String title = ExcelTable.title("准入清单", List.of("类别：基本履职事项", "关键词：防汛😀"));
        assertThat(title).startsWith("准入清单　筛选：类别：基本履职事项；关键词：防汛😀　导出于 ");
        byte[] xlsx = ExcelTable.xlsx(
                "准入清单", title, List.of("编号", "事项名称", "工作量"), List.of(Arrays.asList("ZR-1", "村级防汛", 2.5)));
        try (XSSFWorkbook wb = read(xlsx)) {
            XSSFSheet sheet = wb.getSheet("准入清单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
            assertThat(sheet.getMergedRegions()).hasSize(1);
            assertThat(sheet.getMergedRegion(0).formatAsString()).isEqualTo("A1:C1");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("事项名称");
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getFont().getBold())
                    .isTrue();
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2.5);
            // title and header stay in view: rows 1 and 2 frozen
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:C3");
        }
    }

    @Test
    void columnsAreAsWideAsTheirLongestCellWithinLimits() throws Exception {
        String longText = "很".repeat(100);
        byte[] xlsx = ExcelTable.xlsx(
                "表",
                ExcelTable.title("表", List.of()),
                List.of("编号", "内容", "说明"),
                List.of(Arrays.asList("A", "十个汉字的一段内容啊", longText), Arrays.asList(null, null, null)));
        try (XSSFWorkbook wb = read(xlsx)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("筛选：无（全部）");
            assertThat(sheet.getColumnWidth(0)).isEqualTo((4 + 2) * 256); // "编号": 2 wide characters
            assertThat(sheet.getColumnWidth(1)).isEqualTo((20 + 2) * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(ExcelTable.MAX_WIDTH * 256);
        }
    }
}
