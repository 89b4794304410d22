package cn.jianfu.admission;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * An entry of the list as a search answer: all of {@link AdmissionItem}'s fields, plus the
 * relevance {@code score} (null without a keyword; compare only within one answer) and the
 * keyword's words or synonyms found in the entry ({@code matchedTerms}).
 */
public record ItemHit(@JsonUnwrapped AdmissionItem item, Float score, List<String> matchedTerms) {

    public ItemHit {
        matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
    }

    ItemHit forPublic() {
        return new ItemHit(item.forPublic(), score, matchedTerms);
    }

    static ItemHit unranked(AdmissionItem item) {
        return new ItemHit(item, null, List.of());
    }
}
