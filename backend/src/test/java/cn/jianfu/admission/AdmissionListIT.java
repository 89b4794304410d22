package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.common.PageQuery;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The admission list: filters, the public lookup (only items in force, no internal links) and the Excel export. */
@JianfuTest
class AdmissionListIT {

    @Autowired
    AdmissionListService list;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCounty counties;

    County c;
    AdmissionItem current;
    AdmissionItem expired;

    @BeforeEach
    void items() {
        c = counties.create();
        current = register(
                "现行事项" + c.suffix(), ItemCategory.BASIC, LocalDate.now().minusMonths(1));
        expired = register(
                "过期事项" + c.suffix(), ItemCategory.COOPERATIVE, LocalDate.now().minusYears(3));
    }

    private AdmissionItem register(String name, ItemCategory category, LocalDate effective) {
        AdmissionItemRow row = new AdmissionItemRow();
        row.itemName = name;
        row.category = category;
        row.leadOrgId = c.deptA().id();
        row.content = "内容";
        row.performanceStandard = "标准";
        row.legalBasis = "依据";
        row.frequency = Frequency.MONTHLY;
        row.effectiveDate = effective;
        row.expiryDate = effective.plusYears(2);
        return list.register(row);
    }

    @Test
    void listNumbersAreUniqueAndCountUpWithinTheYear() {
        assertThat(current.listNo()).startsWith("ZR-" + current.effectiveDate().getYear() + "-");
        AdmissionItem next = register("另一事项" + c.suffix(), ItemCategory.BASIC, current.effectiveDate());
        int a = Integer.parseInt(current.listNo().substring(current.listNo().lastIndexOf('-') + 1));
        int b = Integer.parseInt(next.listNo().substring(next.listNo().lastIndexOf('-') + 1));
        assertThat(b).isGreaterThan(a);
    }

    @Test
    void filtersByKeywordCategoryAndDepartment() {
        var byDept = list.search(new AdmissionItemSearch(null, null, c.deptA().id(), null), PageQuery.of(1, 50));
        assertThat(byDept.items()).extracting(AdmissionItem::id).containsExactlyInAnyOrder(current.id(), expired.id());
        var byCategory = list.search(
                new AdmissionItemSearch(c.suffix(), ItemCategory.COOPERATIVE, null, null), PageQuery.of(1, 50));
        assertThat(byCategory.items()).extracting(AdmissionItem::id).containsExactly(expired.id());
        assertThat(byCategory.total()).isEqualTo(1);
    }

    @Test
    void thePublicLookupShowsOnlyItemsInForceWithoutAccount() throws Exception {
        mvc.perform(get("/api/public/admission-items").param("keyword", c.suffix()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].itemName").value(current.itemName()))
                .andExpect(jsonPath("$.items[0].applicationId").doesNotExist());
        mvc.perform(get("/api/public/admission-items/" + expired.id())).andExpect(status().isNotFound());
        mvc.perform(get("/api/public/admission-items").param("keyword", "没有这个事项" + c.suffix()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void exportsTheFilteredListAsAnExcelWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/admission-items/export")
                        .param("keyword", c.suffix())
                        .with(user(c.villager())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("准入清单");
            // the title row names the filter used, the header row follows, both frozen
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("准入清单　筛选：关键词“" + c.suffix() + "”");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("清单编号");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).contains(c.suffix());
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo(c.deptA().name());
        }
    }
}
