package cn.jianfu.admission;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/** The admission list (准入清单): search, the public lookup, Excel export, and admitting approved items. */
@Service
public class AdmissionListService {

    /** How long an admitted item stays on the list before the dynamic re-evaluation (动态调整). */
    public static final int VALID_YEARS = 2;

    static final int EXPORT_LIMIT = 5000;

    private final AdmissionItemMapper items;

    AdmissionListService(AdmissionItemMapper items) {
        this.items = items;
    }

    static final int MAX_KEYWORD = 100;

    public PageResult<AdmissionItem> search(AdmissionItemSearch search, PageQuery page) {
        if (search.keyword() != null && search.keyword().length() > MAX_KEYWORD) {
            throw ApiException.invalid(java.util.Map.of("keyword", "关键词不能超过" + MAX_KEYWORD + "个字"));
        }
        return page.result(items.search(search, page.offset(), page.size()), items.count(search));
    }

    /** What a village cadre sees without an account: only entries in force today, without internal links. */
    public PageResult<AdmissionItem> searchPublic(String keyword, ItemCategory category, PageQuery page) {
        AdmissionItemSearch search = new AdmissionItemSearch(
                keyword == null ? null : keyword.strip(),
                category,
                null,
                Clock.now().toLocalDate());
        return search(search, page).map(AdmissionItem::forPublic);
    }

    public AdmissionItem get(long id) {
        return items.findById(id).orElseThrow(() -> ApiException.notFound("准入事项不存在"));
    }

    public AdmissionItem getPublic(long id) {
        LocalDate today = Clock.now().toLocalDate();
        AdmissionItem item = get(id);
        if (item.effectiveDate().isAfter(today) || item.expiryDate().isBefore(today)) {
            throw ApiException.notFound("准入事项不存在或已失效");
        }
        return item.forPublic();
    }

    AdmissionItem findByApplication(long applicationId) {
        return items.findByApplicationId(applicationId).orElse(null);
    }

    List<AdmissionItem> active() {
        return items.findActive(Clock.now().toLocalDate());
    }

    /** Puts an approved application on the list with the next list number of the year. */
    AdmissionItem admit(ApplicationRow app, String cooperatingOrgNames) {
        return items.findByApplicationId(app.id).orElseGet(() -> {
            LocalDate today = Clock.now().toLocalDate();
            AdmissionItemRow row = new AdmissionItemRow();
            row.listNo = nextListNo(today.getYear());
            row.applicationId = app.id;
            row.itemName = app.itemName;
            row.category = app.category;
            row.leadOrgId = app.leadOrgId;
            row.cooperatingOrgs = cooperatingOrgNames;
            row.legalBasis = app.legalBasis;
            row.content = app.content;
            row.performanceStandard = app.performanceStandard;
            row.frequency = app.frequency;
            row.effectiveDate = today;
            row.expiryDate = today.plusYears(VALID_YEARS);
            row.createdAt = Clock.now();
            items.insert(row);
            return get(row.id);
        });
    }

    /** Adds an entry that was admitted outside the platform (demo data, migration of an existing list). */
    AdmissionItem register(AdmissionItemRow row) {
        if (row.listNo == null) {
            row.listNo = nextListNo(row.effectiveDate.getYear());
        }
        row.createdAt = Clock.now();
        items.insert(row);
        return get(row.id);
    }

    private String nextListNo(int year) {
        String prefix = "ZR-" + year + "-";
        return prefix + String.format("%03d", items.countListNoPrefix(prefix) + 1);
    }

    public byte[] export(AdmissionItemSearch search) {
        List<AdmissionItem> rows = items.search(search, 0, EXPORT_LIMIT);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("准入清单");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            String[] headers = {"清单编号", "事项名称", "类别", "牵头部门", "配合部门", "法定依据", "事项内容", "履职标准", "频次", "生效日期", "到期日期"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
                head.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (AdmissionItem item : rows) {
                Row row = sheet.createRow(r++);
                String[] values = {
                    item.listNo(),
                    item.itemName(),
                    item.category().label(),
                    item.leadOrgName(),
                    item.cooperatingOrgs(),
                    item.legalBasis(),
                    item.content(),
                    item.performanceStandard(),
                    item.frequency() == null ? null : item.frequency().label(),
                    item.effectiveDate().toString(),
                    item.expiryDate().toString()
                };
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
