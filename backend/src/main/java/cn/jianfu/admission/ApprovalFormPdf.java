package cn.jianfu.admission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/** The layout of the printable approval form (审批单): item, applicant, each decision, the result. */
@Component
class ApprovalFormPdf {

    static final String TITLE = "村(社区)工作事务准入审批单";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String NONE = "—";

    private final CjkFont font;

    ApprovalFormPdf(CjkFont font) {
        this.font = font;
    }

    /** One step in the case's history as the form prints it. */
    record Decision(String step, String decider, String org, String decision, String comment, LocalDateTime at) {}

    byte[] render(ApplicationDetail a, List<Decision> decisions, LocalDateTime generatedAt) {
        try (PDDocument doc = new PDDocument();
                FormPages p = new FormPages(doc, font.load(doc))) {
            doc.getDocumentInformation().setTitle(TITLE + "（申请编号 " + a.id() + "）");
            p.title(TITLE, 18);
            p.paragraph("申请编号：" + a.id() + "　　当前状态：" + a.status().label());
            item(p, a);
            p.heading("二、申请信息");
            p.row("申请单位", text(a.applicantOrgName()));
            p.row("提交人", text(a.applicantName()));
            p.row("提交时间", a.submittedAt() == null ? "未提交" : MINUTES.format(a.submittedAt()));
            p.heading("三、办理意见");
            if (decisions.isEmpty()) {
                p.paragraph("尚无审核、审批意见。");
            }
            for (Decision d : decisions) {
                p.row(text(d.step()), decision(d));
            }
            p.heading("四、审批结果");
            p.row("审批结果", result(a));
            if (a.decidedAt() != null) {
                p.row("办结时间", MINUTES.format(a.decidedAt()));
            }
            return p.finish("生成时间：" + MINUTES.format(generatedAt));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the approval form of application " + a.id(), e);
        }
    }

    private void item(FormPages p, ApplicationDetail a) throws IOException {
        p.heading("一、事项信息");
        p.row("事项名称", text(a.itemName()));
        p.row("事项类别", a.category() == null ? NONE : a.category().label());
        p.row("牵头部门", text(a.leadOrgName()));
        p.row("配合部门", names(a.cooperatingOrgNames()));
        p.row("法定或政策依据", text(a.legalBasis()));
        p.row("事项内容", text(a.content()));
        p.row("履职标准", text(a.performanceStandard()));
        p.row("实施范围", scope(a));
        p.row("每村每月工作量", a.workloadHoursPerMonth() == null ? NONE : a.workloadHoursPerMonth() + " 小时");
        p.row("频次", a.frequency() == null ? NONE : a.frequency().label());
        p.row("费随事转", a.fundingFollows() ? "是" + (blank(a.fundingNote()) ? "" : "：" + text(a.fundingNote())) : "否");
        p.row("有效期", validity(a.validFrom(), a.validTo()));
        p.row("自评说明", text(a.selfAssessment()));
    }

    private String decision(Decision d) {
        StringBuilder s = new StringBuilder();
        if (d.decision() != null) {
            s.append("结论：").append(d.decision()).append('\n');
        }
        s.append(text(d.decider()));
        if (!blank(d.org())) {
            s.append("（").append(text(d.org())).append("）");
        }
        s.append("　").append(d.at() == null ? "" : MINUTES.format(d.at()));
        if (!blank(d.comment())) {
            s.append("\n意见：").append(text(d.comment()));
        }
        return s.toString();
    }

    private String result(ApplicationDetail a) {
        return switch (a.status()) {
            case ADMITTED -> "准予列入准入清单" + (blank(a.listNo()) ? "" : "，清单编号：" + text(a.listNo()));
            case REFUSED -> "不予准入" + (blank(a.refusalReason()) ? "" : "。理由：" + text(a.refusalReason()));
            case WITHDRAWN -> "申请已撤回";
            default -> "尚在办理中（" + a.status().label() + "）";
        };
    }

    private String scope(ApplicationDetail a) {
        if (a.targetScope() == TargetScope.ALL) {
            return "全县所有村(社区)";
        }
        StringBuilder s = new StringBuilder();
        if (a.targetTownshipNames() != null && !a.targetTownshipNames().isEmpty()) {
            s.append("乡镇/街道：").append(names(a.targetTownshipNames()));
        }
        if (a.targetVillageNames() != null && !a.targetVillageNames().isEmpty()) {
            s.append(s.isEmpty() ? "" : "\n").append("村(社区)：").append(names(a.targetVillageNames()));
        }
        return s.isEmpty() ? NONE : s.toString();
    }

    private static String validity(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "长期";
        }
        return (from == null ? "" : from.toString()) + " 至 " + (to == null ? "长期" : to.toString());
    }

    private String names(List<String> names) {
        if (names == null || names.isEmpty()) {
            return "无";
        }
        return text(String.join("、", names.stream().map(n -> n == null ? "" : n).toList()));
    }

    /** What the font can print of {@code s}, or a dash when there is nothing. */
    private String text(String s) {
        return blank(s) ? NONE : font.printable(s.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
