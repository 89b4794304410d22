package cn.jianfu.admission;

import cn.jianfu.admission.ApplicationChanges.FieldChange;
import cn.jianfu.admission.ApplicationChanges.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Field by field, what differs between two submitted forms, in the form's order and words. */
final class FormDiff {

    private FormDiff() {}

    private record Field(String name, String label, Kind kind, Function<ApplicationForm, Object> value) {}

    private static final List<Field> FIELDS = List.of(
            new Field("itemName", "事项名称", Kind.TEXT, ApplicationForm::itemName),
            new Field("category", "事项类别", Kind.CHOICE, ApplicationForm::category),
            new Field("legalBasis", "法定或政策依据", Kind.TEXT, ApplicationForm::legalBasis),
            new Field("content", "事项内容", Kind.TEXT, ApplicationForm::content),
            new Field("performanceStandard", "履职标准", Kind.TEXT, ApplicationForm::performanceStandard),
            new Field("leadOrgId", "牵头部门", Kind.ORGS, f -> f.leadOrgId() == null ? List.of() : List.of(f.leadOrgId())),
            new Field("cooperatingOrgIds", "配合部门", Kind.ORGS, ApplicationForm::cooperatingOrgIds),
            new Field("targetScope", "实施范围", Kind.CHOICE, ApplicationForm::targetScope),
            new Field("targetTownshipIds", "指定乡镇(街道)", Kind.ORGS, ApplicationForm::targetTownshipIds),
            new Field("targetVillageIds", "指定村(社区)", Kind.ORGS, ApplicationForm::targetVillageIds),
            new Field("workloadHoursPerMonth", "每村每月工作量（小时）", Kind.NUMBER, ApplicationForm::workloadHoursPerMonth),
            new Field("frequency", "频次", Kind.CHOICE, ApplicationForm::frequency),
            new Field("requiresDataReporting", "要求填报数据、报表", Kind.FLAG, ApplicationForm::requiresDataReporting),
            new Field("requiresSignboard", "要求挂牌", Kind.FLAG, ApplicationForm::requiresSignboard),
            new Field("requiresCertificate", "要求出具证明", Kind.FLAG, ApplicationForm::requiresCertificate),
            new Field(
                    "requiresAppOrChatGroup", "要求使用政务App、小程序或工作群", Kind.FLAG, ApplicationForm::requiresAppOrChatGroup),
            new Field("requiresCheckIn", "要求打卡签到", Kind.FLAG, ApplicationForm::requiresCheckIn),
            new Field("requiresPhotoProof", "要求拍照留痕", Kind.FLAG, ApplicationForm::requiresPhotoProof),
            new Field("fundingFollows", "费随事转", Kind.FLAG, ApplicationForm::fundingFollows),
            new Field("fundingNote", "经费说明", Kind.TEXT, ApplicationForm::fundingNote),
            new Field("validFrom", "有效期开始日期", Kind.DATE, ApplicationForm::validFrom),
            new Field("validTo", "有效期截止日期", Kind.DATE, ApplicationForm::validTo),
            new Field("selfAssessment", "自评说明", Kind.TEXT, ApplicationForm::selfAssessment));

    /** The fields that differ; {@code orgNames} names every organisation id either form mentions. */
    static List<FieldChange> between(ApplicationForm before, ApplicationForm after, Map<Long, String> orgNames) {
        List<FieldChange> out = new ArrayList<>();
        for (Field f : FIELDS) {
            Object b = normal(f.value().apply(before));
            Object a = normal(f.value().apply(after));
            if (!same(b, a)) {
                out.add(new FieldChange(
                        f.name(), f.label(), f.kind(), show(b, orgNames), show(a, orgNames), code(f, b), code(f, a)));
            }
        }
        return out;
    }

    /** The organisation ids both forms mention. */
    static List<Long> orgIds(ApplicationForm form) {
        List<Long> ids = new ArrayList<>(form.cooperatingOrgIds());
        ids.addAll(form.targetTownshipIds());
        ids.addAll(form.targetVillageIds());
        if (form.leadOrgId() != null) {
            ids.add(form.leadOrgId());
        }
        return ids;
    }

    private static Object normal(Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Long.class::cast).sorted().distinct().toList();
        }
        return value;
    }

    private static boolean same(Object b, Object a) {
        if (b instanceof BigDecimal x && a instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(b, a);
    }

    private static String code(Field f, Object value) {
        if (value == null || (f.kind() != Kind.CHOICE && f.kind() != Kind.FLAG)) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static String show(Object value, Map<Long, String> orgNames) {
        if (value == null || (value instanceof List<?> ids && ids.isEmpty())) {
            return null;
        }
        if (value instanceof List<?> ids) {
            return ids.stream()
                    .map(id -> orgNames.getOrDefault((Long) id, String.valueOf(id)))
                    .collect(Collectors.joining("、"));
        }
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof ItemCategory category) {
            return category.label();
        }
        if (value instanceof Frequency frequency) {
            return frequency.label();
        }
        if (value instanceof TargetScope scope) {
            return scope == TargetScope.ALL ? "全县所有村(社区)" : "指定乡镇/街道下的村(社区)";
        }
        return value.toString();
    }
}
