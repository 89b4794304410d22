package cn.jianfu.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jianfu.clue.DashboardClueFixture;
import cn.jianfu.clue.DashboardClueFixture.Units;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dashboard tables as Excel, read back with POI: the figures on screen, the user's scope, a frozen
 * header, columns wide enough. Its own copy of the clue fixture is in 1998 (1987's calendar), so the
 * figures are those of {@link DashboardIT} and the two tests never count each other's clues.
 */
@JianfuTest
@Import(DashboardClueFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardExportIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCounty counties;

    @Autowired
    DashboardClueFixture fixture;

    County c;
    Units u;

    @BeforeAll
    void fixture() {
        c = counties.create();
        u = fixture.create(c, 1998);
    }

    @BeforeEach
    void now() {
        EngineClock.set(DashboardClueFixture.NOW.withYear(1998));
    }

    @AfterAll
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void theUnitTableOfADepartmentHasItsOwnRowOnly() throws Exception {
        Sheet sheet = sheet("CLUE_UNITS", c.applicantA());
        List<List<String>> rows = rows(sheet);
        assertThat(rows.get(0)).startsWith("承办单位", "交办数", "已办结", "响应率", "响应率名次");
        assertThat(rows).hasSize(2);
        // C1 and C3; response: C1 in time, C3 past its limit
        assertThat(rows.get(1)).startsWith(c.deptA().name(), "2", "1", "50.0%（1/2）");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        // the title row (with the period asked for) and the header stay in view
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                .startsWith("驾驶舱·")
                .contains("筛选：统计期间：1998-03-01 至 1998-03-31");
        // wide enough for the name: Chinese characters take two character widths
        int chars = c.deptA().name().codePoints().map(p -> p >= 0x1100 ? 2 : 1).sum();
        assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(chars * 256);
        assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(1));
    }

    @Test
    void theMonthTableAndTheCategoryTableOfTheCounty() throws Exception {
        List<List<String>> months = rows(sheet("CLUE_MONTHS", c.officer()));
        assertThat(months.get(0)).containsExactly("月份", "收到", "已办结", "响应率", "解决率", "满意率", "办结率", "按期率");
        assertThat(months).hasSize(2);
        assertThat(months.get(1).get(0)).isEqualTo("1998-03");
        List<List<String>> categories = rows(sheet("CLUE_CATEGORIES", c.officer()));
        assertThat(categories).hasSize(11); // header and the ten categories
        assertThat(categories.get(1).get(0)).isEqualTo("文山会海");
        MockHttpServletResponse bad = mvc.perform(
                        get("/api/monitor/export?table=NOPE").with(user(c.officer())))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
    }

    Sheet sheet(String table, CurrentUser who) throws Exception {
        MockHttpServletResponse res = mvc.perform(
                        get("/api/monitor/export?table=" + table + "&from=1998-03-01&to=1998-03-31")
                                .with(user(who)))
                .andReturn()
                .getResponse();
        assertThat(res.getStatus()).isEqualTo(200);
        assertThat(res.getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(res.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(res.getContentAsByteArray())).getSheetAt(0);
    }

    /** The header row and the data rows (the title row above them is left out). */
    static List<List<String>> rows(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getRowNum() == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            r.forEach(cell -> cells.add(f.formatCellValue(cell)));
            out.add(cells);
        }
        return out;
    }
}
