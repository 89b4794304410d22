package cn.jianfu.monitor;

import cn.jianfu.common.ExcelTable;
import cn.jianfu.security.CurrentUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Any table of the dashboard as an Excel workbook, with the same figures and scope as on screen. */
@Service
public class DashboardExport {

    /** The dashboard's tables, by the name the UI asks for. */
    public enum Table {
        CLUE_UNITS("各单位办理情况"),
        CLUE_MONTHS("线索月度趋势"),
        CLUE_CATEGORIES("线索按类别"),
        CLUE_TOWNSHIPS("线索按乡镇"),
        ADMISSION_STATUSES("申请按状态"),
        ADMISSION_STEPS("申请办理环节"),
        ADMISSION_DEPARTMENTS("部门不予准入和退回"),
        ITEMS_CATEGORIES("在用事项按类别"),
        ITEMS_LEADS("在用事项按牵头部门");

        final String title;

        Table(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final ClueFigures clues;
    private final AdmissionFigures admission;

    DashboardExport(ClueFigures clues, AdmissionFigures admission) {
        this.clues = clues;
        this.admission = admission;
    }

    public byte[] export(Table table, DashboardPeriod period, CurrentUser user) {
        String title = ExcelTable.title("驾驶舱·" + table.title, filters(period));
        return switch (table) {
            case CLUE_UNITS, CLUE_MONTHS, CLUE_CATEGORIES, CLUE_TOWNSHIPS ->
                clueTable(table, title, clues.of(period, user));
            default -> admissionTable(table, title, admission.of(period, user));
        };
    }

    /** The period as the sheet's title row names it (an open end reads 不限). */
    static List<String> filters(DashboardPeriod period) {
        if (period.from() == null && period.to() == null) {
            return List.of();
        }
        return List.of("统计期间："
                + (period.from() == null ? "不限" : period.from().toString())
                + " 至 "
                + (period.to() == null ? "不限" : period.to().toString()));
    }

    private static byte[] clueTable(Table table, String title, ClueDashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        return switch (table) {
            case CLUE_UNITS -> {
                d.units()
                        .forEach(u -> rows.add(Arrays.asList(
                                u.name(),
                                u.assigned(),
                                u.closed(),
                                rate(u.response()),
                                rank(u.ranks().response(), u.ranks().of()),
                                rate(u.resolution()),
                                rank(u.ranks().resolution(), u.ranks().of()),
                                rate(u.satisfaction()),
                                rank(u.ranks().satisfaction(), u.ranks().of()),
                                rate(u.closure()),
                                rank(u.ranks().closure(), u.ranks().of()),
                                rate(u.onTime()),
                                rank(u.ranks().onTime(), u.ranks().of()))));
                yield ExcelTable.xlsx(
                        table.title,
                        title,
                        List.of(
                                "承办单位", "交办数", "已办结", "响应率", "响应率名次", "解决率", "解决率名次", "满意率", "满意率名次", "办结率", "办结率名次",
                                "按期率", "按期率名次"),
                        rows);
            }
            case CLUE_MONTHS -> {
                d.byMonth()
                        .forEach(m -> rows.add(Arrays.asList(
                                m.month(),
                                m.received(),
                                m.closed(),
                                rate(m.response()),
                                rate(m.resolution()),
                                rate(m.satisfaction()),
                                rate(m.closure()),
                                rate(m.onTime()))));
                yield ExcelTable.xlsx(
                        table.title, title, List.of("月份", "收到", "已办结", "响应率", "解决率", "满意率", "办结率", "按期率"), rows);
            }
            case CLUE_CATEGORIES -> {
                d.byCategory().forEach(c -> rows.add(Arrays.asList(c.label(), c.count())));
                yield ExcelTable.xlsx(table.title, title, List.of("问题类别", "线索数"), rows);
            }
            default -> {
                d.byTownship().forEach(t -> rows.add(Arrays.asList(t.name(), t.count())));
                yield ExcelTable.xlsx(table.title, title, List.of("乡镇(街道)", "线索数"), rows);
            }
        };
    }

    private static byte[] admissionTable(Table table, String title, AdmissionDashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        return switch (table) {
            case ADMISSION_STATUSES -> {
                d.byStatus().forEach(c -> rows.add(Arrays.asList(c.label(), c.count())));
                yield ExcelTable.xlsx(table.title, title, List.of("申请状态", "申请数"), rows);
            }
            case ADMISSION_STEPS -> {
                d.steps()
                        .forEach(s -> rows.add(Arrays.asList(
                                s.label(), s.open(), s.overdue(), s.completed(), s.averageHours(), rate(s.onTime()))));
                yield ExcelTable.xlsx(
                        table.title, title, List.of("办理环节", "当前停留", "其中超期", "已办完", "平均用时(小时)", "按期率"), rows);
            }
            case ADMISSION_DEPARTMENTS -> {
                d.departments()
                        .forEach(p -> rows.add(Arrays.asList(
                                p.name(),
                                p.submitted(),
                                p.refused(),
                                p.returned(),
                                rate(p.refusalShare()),
                                rank(p.rank(), p.of()))));
                yield ExcelTable.xlsx(table.title, title, List.of("申请部门", "提交", "不予准入", "退回修改", "不予准入占比", "名次"), rows);
            }
            case ITEMS_CATEGORIES -> {
                d.itemsByCategory().forEach(c -> rows.add(Arrays.asList(c.label(), c.count())));
                yield ExcelTable.xlsx(table.title, title, List.of("事项类别", "在用事项数"), rows);
            }
            default -> {
                d.itemsByLead().forEach(c -> rows.add(Arrays.asList(c.name(), c.count())));
                yield ExcelTable.xlsx(table.title, title, List.of("牵头部门", "在用事项数"), rows);
            }
        };
    }

    /** "85.0%（17/20）", or "—（0/0）" when there is nothing to divide by. */
    static String rate(Rate r) {
        String value = r.value() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", r.value() * 100);
        return value + "（" + r.part() + "/" + r.whole() + "）";
    }

    private static String rank(Integer rank, int of) {
        return rank == null ? "—" : rank + "/" + of;
    }
}
