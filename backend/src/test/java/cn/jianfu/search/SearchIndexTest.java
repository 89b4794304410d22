package cn.jianfu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index on its own: segmentation, partial and reordered words, synonyms, ranking, freshness. */
class SearchIndexTest {

    static final String KIND = "item";

    SearchStore store = mock(SearchStore.class);
    List<SearchDocument> documents = new ArrayList<>();
    SearchIndex index = new SearchIndex(store, List.of(() -> List.copyOf(documents)));

    @BeforeEach
    void data() {
        when(store.version()).thenReturn(1L);
        when(store.synonymGroups())
                .thenReturn(List.of(
                        List.of("打卡", "签到"),
                        List.of("微信群", "工作群"),
                        List.of("App", "小程序", "APP"),
                        List.of("低保", "最低生活保障")));
        doc(1, "汛期地质灾害隐患点巡查", "汛期配合乡镇对地质灾害隐患点开展巡查预警");
        doc(2, "森林防火宣传", "防火期配合开展森林防火宣传教育");
        doc(3, "村干部考勤管理", "村干部每日到岗打卡");
        doc(4, "防汛物资管理", "建立微信群通报防汛物资储备");
        doc(5, "特困人员供养情况走访", "走访了解分散供养特困人员生活情况，森林防火期间注意用火");
        doc(6, "政务服务推广", "推广使用政务小程序");
        doc(9, "最低生活保障对象排查", "核查低保对象家庭收入");
    }

    private void doc(long id, String title, String content) {
        documents.add(SearchDocument.of(KIND, id)
                .with(SearchField.TITLE, title)
                .with(SearchField.CONTENT, content)
                .with(SearchField.DEPARTMENT, "县应急管理局"));
    }

    private List<Long> find(String text) {
        return index.find(KIND, text, 10).stream().map(SearchHit::id).toList();
    }

    @Test
    void findsTwoWordsOfTheTitleInReverseOrder() {
        assertThat(find("巡查 地质灾害")).containsExactly(1L);
        assertThat(find("巡查地质")).containsExactly(1L);
    }

    @Test
    void findsASingleWordOfASixCharacterTitle() {
        assertThat(find("宣传")).containsExactly(2L);
        assertThat(find("防火")).startsWith(2L).contains(5L);
    }

    @Test
    void findsCharactersTheSegmenterCutDifferently() {
        // the content was segmented 微/信/群, the query 微信: the bigram view still matches
        assertThat(find("微信")).containsExactly(4L);
    }

    @Test
    void aSynonymFindsTheOtherWord() {
        assertThat(find("签到")).containsExactly(3L);
        assertThat(find("工作群")).containsExactly(4L);
        assertThat(find("app")).containsExactly(6L);
        assertThat(find("ＡＰＰ")).as("full-width letters").containsExactly(6L);
        assertThat(find("特困\u2F08员"))
                .as("a compatibility character (Kangxi radical 人)")
                .containsExactly(5L);
        assertThat(index.find(KIND, "签到", 10).get(0).matchedTerms()).containsExactly("打卡");
        // the segmenter cuts 低保 into 低/保: those parts of a matched term are left out
        assertThat(index.find(KIND, "低保", 10).get(0).matchedTerms()).containsExactly("低保", "最低生活保障");
    }

    @Test
    void withoutTheSynonymThereIsNoMatch() {
        when(store.synonymGroups()).thenReturn(List.of());
        assertThat(find("签到")).isEmpty();
    }

    @Test
    void theTitleOutranksTheContent() {
        // 森林防火 is in the title of 2 and only in the content of 5
        assertThat(find("森林防火")).containsExactly(2L, 5L);
    }

    @Test
    void allWordsMustOccurButNearestItemsShareSome() {
        assertThat(find("森林防火考试")).isEmpty();
        assertThat(index.nearest(KIND, "森林防火考试", 3)).extracting(SearchHit::id).startsWith(2L);
        assertThat(index.nearest(KIND, "完全无关的词语", 3)).isEmpty();
    }

    @Test
    void aChangeIsSeenOnceTheVersionMoves() {
        assertThat(find("危房")).isEmpty();
        doc(7, "农村危房排查", "排查农村危房");
        assertThat(find("危房")).as("same version: the snapshot is kept").isEmpty();
        when(store.version()).thenReturn(2L);
        assertThat(find("危房")).containsExactly(7L);
    }

    @Test
    void fourByteCharactersAndLongQueriesDoNotBreakAnything() {
        doc(8, "𠀀字事项", "含有😀的内容");
        when(store.version()).thenReturn(2L);
        when(store.synonymGroups()).thenReturn(List.of(List.of("😀", "𠀀")));
        assertThat(find("𠀀")).containsExactly(8L);
        assertThat(find("😀")).containsExactly(8L);
        assertThat(find("😀😀")).containsExactly(8L);
        assertThat(find("\uD840")).as("a lone surrogate").isEmpty();
        String longQuery = "森林防火宣传😀𠀀，".repeat(30);
        assertThat(index.find(KIND, longQuery, 10)).isNotNull();
        assertThat(index.nearest(KIND, longQuery, 10)).isNotEmpty();
    }

    @Test
    void queriesWithoutWordsFindNothing() {
        assertThat(find("，。！")).isEmpty();
        assertThat(find("")).isEmpty();
        assertThat(index.nearest(KIND, "  ", 5)).isEmpty();
    }

    @Test
    void similarityIgnoresOrderPunctuationAndSynonyms() {
        assertThat(index.similarity("汛期地质灾害隐患点巡查", "地质灾害隐患点汛期巡查")).isEqualTo(1.0);
        assertThat(index.similarity("《控辍保学》劝返", "控辍保学 劝返")).isEqualTo(1.0);
        assertThat(index.similarity("村干部每日签到", "村干部每日打卡")).isEqualTo(1.0);
        assertThat(index.similarity("森林防火宣传活动", "森林防火宣传")).isGreaterThan(0.5);
        assertThat(index.similarity("森林防火宣传", "农村危房排查")).isZero();
        assertThat(index.similarity("", "农村危房排查")).isZero();
    }

    @Test
    void ranksDocumentsOutsideTheIndex() {
        List<SearchDocument> candidates = List.of(
                SearchDocument.of("application", 10).with(SearchField.TITLE, "农村危房排查"),
                SearchDocument.of("application", 11).with(SearchField.TITLE, "村干部每日打卡"));
        assertThat(index.rank("签到", candidates, 5)).extracting(SearchHit::id).containsExactly(11L);
    }

    @Test
    void likePatternsAreBounded() {
        assertThat(index.likePatterns("村干部每日签到", 50)).contains("签到", "打卡", "干部");
        assertThat(index.likePatterns("村干部每日签到", 3)).hasSize(3);
    }
}
