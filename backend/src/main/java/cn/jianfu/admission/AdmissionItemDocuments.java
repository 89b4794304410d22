package cn.jianfu.admission;

import cn.jianfu.search.DocumentSource;
import cn.jianfu.search.SearchDocument;
import cn.jianfu.search.SearchField;
import java.util.List;
import org.springframework.stereotype.Component;

/** Feeds the admission list into the search index: the name weighs most, then content, standard, basis, department. */
@Component
class AdmissionItemDocuments implements DocumentSource {

    static final String KIND = "admission-item";

    private final AdmissionItemMapper items;

    AdmissionItemDocuments(AdmissionItemMapper items) {
        this.items = items;
    }

    @Override
    public List<SearchDocument> documents() {
        return items.findAll().stream().map(AdmissionItemDocuments::document).toList();
    }

    static SearchDocument document(AdmissionItem item) {
        return SearchDocument.of(KIND, item.id())
                .with(SearchField.TITLE, item.itemName())
                .with(SearchField.CONTENT, item.content())
                .with(SearchField.STANDARD, item.performanceStandard())
                .with(SearchField.BASIS, item.legalBasis())
                .with(SearchField.DEPARTMENT, item.leadOrgName())
                .with(SearchField.CODE, item.listNo());
    }
}
