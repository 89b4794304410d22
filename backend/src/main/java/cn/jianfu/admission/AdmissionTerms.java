package cn.jianfu.admission;

import cn.jianfu.monitor.AdmissionVocabulary;
import cn.jianfu.monitor.ClueVocabulary.Term;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The labels of application statuses, steps and item categories, for the supervision dashboard. */
@Component
class AdmissionTerms implements AdmissionVocabulary {

    @Override
    public List<Term> statuses() {
        return Arrays.stream(ApplicationStatus.values())
                .filter(s -> s != ApplicationStatus.DRAFT)
                .map(s -> new Term(s.name(), s.label()))
                .toList();
    }

    @Override
    public List<Term> steps() {
        return List.of(
                new Term(AdmissionProcess.TASK_REVIEW, "社会工作部审核"),
                new Term(AdmissionProcess.TASK_APPROVE, "县委县政府审批"),
                new Term(AdmissionProcess.TASK_REVISE, "部门修改申请"));
    }

    @Override
    public List<Term> itemCategories() {
        return Arrays.stream(ItemCategory.values())
                .map(c -> new Term(c.name(), c.label()))
                .toList();
    }
}
