package cn.jianfu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlikeGroupsTest {

    private static AlikeGroups.Entry entry(long id, String owner, String... words) {
        return new AlikeGroups.Entry(id, owner, new Words(Set.of(words), Set.of(words)));
    }

    private static List<List<Long>> ids(List<List<AlikeGroups.Entry>> groups) {
        return groups.stream()
                .map(g -> g.stream().map(AlikeGroups.Entry::id).toList())
                .toList();
    }

    @Test
    void alikeTextsOfTwoOwnersFormAGroupAndOneOwnersDoNot() {
        List<AlikeGroups.Entry> entries = List.of(
                entry(5, "a", "河道", "巡查", "台账"),
                entry(2, "b", "河道", "巡查", "报表"),
                entry(9, "a", "古树", "名木", "登记"),
                entry(7, "a", "古树", "名木", "挂牌"));
        assertThat(ids(AlikeGroups.of(entries, 0.5))).containsExactly(List.of(2L, 5L));
    }

    @Test
    void aGroupTakesInWhatIsLinkedThroughAnother() {
        // 1 ~ 2 and 2 ~ 3, but 1 and 3 share too little to be linked directly
        List<AlikeGroups.Entry> entries = List.of(
                entry(1, "a", "甲", "乙", "丙", "丁"),
                entry(2, "a", "丙", "丁", "戊", "己"),
                entry(3, "b", "戊", "己", "庚", "辛"));
        assertThat(ids(AlikeGroups.of(entries, 0.5))).containsExactly(List.of(1L, 2L, 3L));
        assertThat(ids(AlikeGroups.of(entries, 0.6))).isEmpty();
    }

    @Test
    void synonymsCountAsTheSameWord() {
        AlikeGroups.Entry a = new AlikeGroups.Entry(1, "a", new Words(Set.of("村委会", "报表"), Set.of("村委会", "村委", "报表")));
        AlikeGroups.Entry b = new AlikeGroups.Entry(2, "b", new Words(Set.of("村委", "报表"), Set.of("村委", "村委会", "报表")));
        assertThat(ids(AlikeGroups.of(List.of(a, b), 1.0))).containsExactly(List.of(1L, 2L));
        assertThat(ids(AlikeGroups.of(List.of(), 0.5))).isEmpty();
    }

    @Test
    void withoutOwnersAGroupNeedsOnlyItsSize() {
        List<AlikeGroups.Entry> entries = List.of(
                entry(1, "a", "防汛", "值班", "照片"),
                entry(2, "a", "防汛", "值班", "签到"),
                entry(3, "a", "防汛", "值班", "照片"),
                entry(4, "a", "古树", "名木"));
        assertThat(ids(AlikeGroups.of(entries, 0.5, 3, 1))).containsExactly(List.of(1L, 2L, 3L));
        assertThat(ids(AlikeGroups.of(entries, 0.5, 4, 1))).isEmpty();
        assertThat(ids(AlikeGroups.of(entries, 0.5))).as("one owner is no 多头指派").isEmpty();
    }
}
