package cn.jianfu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** The organisations' SQL against the real MariaDB schema; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class OrgMapperTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2031, 2, 3, 8, 30);

    @Autowired
    OrgMapper mapper;

    private OrgUnitRow insert(String code, String name, OrgType type, Long parentId) {
        OrgUnitRow r = new OrgUnitRow();
        r.code = code;
        r.name = name;
        r.type = type;
        r.parentId = parentId;
        r.createdAt = CREATED;
        mapper.insert(r);
        return r;
    }

    @Test
    void insertsAndReadsBackByIdAndCodeWithFourByteNamesAndNoParent() {
        OrgUnitRow r = insert("OMT-TOWN", "𠀀镇😀", OrgType.TOWNSHIP, null);
        assertThat(r.id).isNotNull();
        OrgUnit expected = new OrgUnit(r.id, "OMT-TOWN", "𠀀镇😀", OrgType.TOWNSHIP, null, CREATED);
        assertThat(mapper.findById(r.id)).contains(expected);
        assertThat(mapper.findByCode("OMT-TOWN")).contains(expected);
        assertThat(mapper.findByCode("OMT-NONE")).isEmpty();
        assertThat(mapper.findById(-1)).isEmpty();
    }

    @Test
    void updateChangesEverythingButTheCreationTime() {
        OrgUnitRow town = insert("OMT-T1", "城关镇", OrgType.TOWNSHIP, null);
        OrgUnitRow r = insert("OMT-V1", "东关村", OrgType.VILLAGE, null);
        r.code = "OMT-V1B";
        r.name = "东关社区";
        r.parentId = town.id;
        r.createdAt = CREATED.plusYears(1);
        assertThat(mapper.update(r)).isEqualTo(1);
        assertThat(mapper.findById(r.id))
                .contains(new OrgUnit(r.id, "OMT-V1B", "东关社区", OrgType.VILLAGE, town.id, CREATED));
        assertThat(mapper.findByCode("OMT-V1")).isEmpty();

        OrgUnitRow missing = insert("OMT-X", "x", OrgType.VILLAGE, null);
        missing.id = -1L;
        assertThat(mapper.update(missing)).isZero();
    }

    @Test
    void codesAreUniqueAndParentsMustExist() {
        insert("OMT-DUP", "甲", OrgType.COUNTY_DEPT, null);
        assertThatThrownBy(() -> insert("OMT-DUP", "乙", OrgType.COUNTY_DEPT, null))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> insert("OMT-ORPHAN", "丙", OrgType.VILLAGE, -5L))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void findAllListsByTypeThenCode() {
        insert("OMT-B", "乙局", OrgType.COUNTY_DEPT, null);
        insert("OMT-A", "甲局", OrgType.COUNTY_DEPT, null);
        insert("OMT-C", "丙镇", OrgType.TOWNSHIP, null);
        insert("OMT-0", "减负办", OrgType.BURDEN_OFFICE, null);

        List<OrgUnit> all = mapper.findAll();
        assertThat(all.stream().filter(o -> o.code().startsWith("OMT-")))
                .extracting(OrgUnit::code)
                .containsExactly("OMT-0", "OMT-A", "OMT-B", "OMT-C");
        // the type is compared as the stored name, the whole list grouped type by type
        assertThat(all).extracting(o -> o.type().name()).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void findByIdsReturnsTheRequestedOrganisationsOrderedByCode() {
        OrgUnitRow b = insert("OMT-IDS-B", "乙", OrgType.COUNTY_DEPT, null);
        OrgUnitRow a = insert("OMT-IDS-A", "甲", OrgType.COUNTY_DEPT, null);
        insert("OMT-IDS-C", "丙", OrgType.COUNTY_DEPT, null);
        assertThat(mapper.findByIds(List.of(b.id, a.id, -1L)))
                .extracting(OrgUnit::code)
                .containsExactly("OMT-IDS-A", "OMT-IDS-B");
    }

    @Test
    void villagesUnderATownshipAreItsVillagesOnly() {
        int villagesBefore = mapper.countByType(OrgType.VILLAGE);
        OrgUnitRow t1 = insert("OMT-CT1", "一镇", OrgType.TOWNSHIP, null);
        OrgUnitRow t2 = insert("OMT-CT2", "二镇", OrgType.TOWNSHIP, null);
        OrgUnitRow t3 = insert("OMT-CT3", "三镇", OrgType.TOWNSHIP, null);
        OrgUnitRow v1 = insert("OMT-CV1", "一村", OrgType.VILLAGE, t1.id);
        OrgUnitRow v2 = insert("OMT-CV2", "二村", OrgType.VILLAGE, t1.id);
        OrgUnitRow v3 = insert("OMT-CV3", "三村", OrgType.VILLAGE, t2.id);
        // not a village, though under a township
        insert("OMT-CS", "镇属单位", OrgType.COUNTY_DEPT, t1.id);

        assertThat(mapper.villageIdsUnder(t1.id)).containsExactly(v1.id, v2.id);
        assertThat(mapper.villageIdsUnder(t2.id)).containsExactly(v3.id);
        assertThat(mapper.villageIdsUnder(t3.id)).isEmpty();
        assertThat(mapper.countByType(OrgType.VILLAGE)).isEqualTo(villagesBefore + 3);
    }
}
