package cn.jianfu.clue;

import cn.jianfu.monitor.ClueVocabulary;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The labels of clue categories and statuses, for the monitor's statistics. */
@Component
class ClueTerms implements ClueVocabulary {

    @Override
    public List<Term> categories() {
        return Arrays.stream(ClueCategory.values())
                .map(c -> new Term(c.name(), c.label()))
                .toList();
    }

    @Override
    public List<Term> statuses() {
        return Arrays.stream(ClueStatus.values())
                .map(s -> new Term(s.name(), s.label()))
                .toList();
    }
}
