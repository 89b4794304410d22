package cn.jianfu.monitor;

import cn.jianfu.common.Clock;
import cn.jianfu.common.ExcelTable;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only statistics and the supervision dashboard (驾驶舱). */
@RestController
@Tag(name = "在线监管", description = "问题线索和准入申请办理情况的只读统计（驾驶舱）。")
class MonitorController {

    private static final String FROM = "日期自（含当天），yyyy-MM-dd；不填不限";
    private static final String TO = "日期至（含当天），yyyy-MM-dd；不填不限；早于 from 时 400";
    private static final String SCOPES =
            "减负办、系统管理员和县领导（县委县政府办公室的审批人）看全县；乡镇(街道)用户看本乡镇及下属村(社区)；" + "其他用户只看本单位，以及本单位在全县同类单位中的名次。";

    private final ClueMonitor clues;
    private final ClueFigures clueFigures;
    private final AdmissionFigures admissionFigures;
    private final DashboardExport export;

    MonitorController(
            ClueMonitor clues, ClueFigures clueFigures, AdmissionFigures admissionFigures, DashboardExport export) {
        this.clues = clues;
        this.clueFigures = clueFigures;
        this.admissionFigures = admissionFigures;
        this.export = export;
    }

    @GetMapping("/api/clues/statistics")
    @Operation(
            summary = "线索统计",
            description = "减负办、核查人员和系统管理员，其他人 403。统计收到日期在 from 至 to 之间（均含当天，都可不填）的线索："
                    + "总数、受理数、办结数、办结率、按期办结率、平均办理天数、评价数、满意率，以及按类别、状态和承办单位的数量。")
    ClueStatistics clueStatistics(
            @Parameter(description = "收到" + FROM)
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "收到" + TO)
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        return clues.statistics(new DashboardPeriod(from, to).from(), to, CurrentUser.get());
    }

    @GetMapping("/api/monitor/clues")
    @Operation(
            summary = "驾驶舱·问题线索",
            description = "任何已登录用户。" + SCOPES + "统计收到日期在期间内的线索：合计、按类别、按乡镇、按月趋势，以及各承办单位的"
                    + "响应率、解决率、满意率、办结率和按期率及名次。各比率的口径见返回结构的说明；每个比率都给出分子和分母，"
                    + "分母为0时比值为空。每个数字可用线索列表 GET /api/clues 的 unitOrgId、townshipId、bucket、category、from、to 下钻。")
    ClueDashboard clueDashboard(
            @Parameter(description = "收到" + FROM)
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "收到" + TO)
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        return clueFigures.of(new DashboardPeriod(from, to), CurrentUser.get());
    }

    @GetMapping("/api/monitor/admission")
    @Operation(
            summary = "驾驶舱·准入申请",
            description = "减负办、系统管理员和县领导看全县；县级部门等单位只看本单位提交的申请和本单位的名次；乡镇和村(社区)用户 403。"
                    + "统计提交日期在期间内的申请：按状态、各环节当前停留和超期、已办完任务的平均用时和按期率、各部门不予准入和退回修改，"
                    + "以及期间最后一天在用的准入清单事项按类别和牵头部门的数量。可用申请列表 GET /api/admission/applications 的 "
                    + "deptOrgId、from、to、returned、step、late、overdue 下钻。")
    AdmissionDashboard admissionDashboard(
            @Parameter(description = "提交" + FROM)
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "提交" + TO)
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        return admissionFigures.of(new DashboardPeriod(from, to), CurrentUser.get());
    }

    @GetMapping("/api/monitor/export")
    @Operation(
            summary = "导出驾驶舱表格（Excel）",
            description = "权限和口径同对应的驾驶舱接口。table 为 CLUE_UNITS 各单位办理情况、CLUE_MONTHS 月度趋势、CLUE_CATEGORIES 按类别、"
                    + "CLUE_TOWNSHIPS 按乡镇、ADMISSION_STATUSES 申请按状态、ADMISSION_STEPS 办理环节、ADMISSION_DEPARTMENTS 部门不予准入和退回、"
                    + "ITEMS_CATEGORIES 在用事项按类别、ITEMS_LEADS 在用事项按牵头部门；返回 xlsx 文件，首行为冻结的表头。")
    ResponseEntity<byte[]> export(
            @Parameter(description = "要导出的表格") @RequestParam DashboardExport.Table table,
            @Parameter(description = FROM)
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        byte[] body = export.export(table, new DashboardPeriod(from, to), CurrentUser.get());
        String name = "驾驶舱-" + table.title() + "-" + Clock.now().toLocalDate() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ExcelTable.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
