package cn.jianfu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.dao.DuplicateKeyException;

/** The user accounts' SQL against the real MariaDB schema; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class UserMapperTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2031, 2, 3, 8, 30);

    @Autowired
    UserMapper users;

    @Autowired
    OrgMapper orgs;

    OrgUnitRow dept;
    OrgUnitRow village;

    @BeforeEach
    void organisations() {
        dept = org("UMT-DEPT", "县教育局（账户测试）", OrgType.COUNTY_DEPT);
        village = org("UMT-VIL", "东关社区（账户测试）", OrgType.VILLAGE);
    }

    private OrgUnitRow org(String code, String name, OrgType type) {
        OrgUnitRow r = new OrgUnitRow();
        r.code = code;
        r.name = name;
        r.type = type;
        r.createdAt = CREATED;
        orgs.insert(r);
        return r;
    }

    private UserRow user(String username, String displayName, OrgUnitRow org) {
        UserRow r = new UserRow();
        r.username = username;
        r.displayName = displayName;
        r.passwordHash = "{bcrypt}$2a$10$hash-of-" + username;
        r.orgId = org.id;
        r.enabled = true;
        r.createdAt = CREATED;
        users.insert(r);
        return r;
    }

    @Test
    void readsBackTheAccountWithItsOrganisationAndFourByteDisplayName() {
        UserRow saved = user("umt-zhang", "张𠀀😀", dept);
        assertThat(saved.id).isNotNull();
        for (UserRow read : List.of(
                users.findByUsername("umt-zhang").orElseThrow(),
                users.findById(saved.id).orElseThrow())) {
            assertThat(read.id).isEqualTo(saved.id);
            assertThat(read.displayName).isEqualTo("张𠀀😀");
            assertThat(read.passwordHash).isEqualTo("{bcrypt}$2a$10$hash-of-umt-zhang");
            assertThat(read.enabled).isTrue();
            assertThat(read.createdAt).isEqualTo(CREATED);
            assertThat(read.orgId).isEqualTo(dept.id);
            assertThat(read.orgCode).isEqualTo("UMT-DEPT");
            assertThat(read.orgName).isEqualTo("县教育局（账户测试）");
            assertThat(read.orgType).isEqualTo(OrgType.COUNTY_DEPT);
        }
        assertThat(users.findByUsername("umt-nobody")).isEmpty();
        assertThat(users.findById(-1)).isEmpty();
    }

    @Test
    void updateChangesNameHashOrganisationAndEnabledButNeverTheUsername() {
        UserRow r = user("umt-li", "李四", dept);
        r.username = "umt-renamed";
        r.displayName = "李四（调岗）";
        r.passwordHash = "new-hash";
        r.orgId = village.id;
        r.enabled = false;
        assertThat(users.update(r)).isEqualTo(1);

        assertThat(users.findByUsername("umt-renamed")).isEmpty();
        UserRow read = users.findByUsername("umt-li").orElseThrow();
        assertThat(read.displayName).isEqualTo("李四（调岗）");
        assertThat(read.passwordHash).isEqualTo("new-hash");
        assertThat(read.orgCode).isEqualTo("UMT-VIL");
        assertThat(read.orgType).isEqualTo(OrgType.VILLAGE);
        assertThat(read.enabled).isFalse();
    }

    @Test
    void usernamesAreUnique() {
        user("umt-dup", "甲", dept);
        assertThatThrownBy(() -> user("umt-dup", "乙", village)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void keywordMatchesUsernameDisplayNameOrOrganisationName() {
        UserRow wang = user("umt-wang", "王五", dept);
        UserRow zhao = user("umt-zhao", "赵六", village);
        UserRow sun = user("umt-sun", "孙氿测", dept);

        assertThat(users.search("umt-", 0, 50)).extracting(u -> u.id).containsExactly(wang.id, zhao.id, sun.id);
        assertThat(users.search("赵六", 0, 50)).extracting(u -> u.username).containsExactly("umt-zhao");
        assertThat(users.search("东关社区（账户测试）", 0, 50))
                .extracting(u -> u.username)
                .containsExactly("umt-zhao");
        assertThat(users.search("氿测", 0, 50)).extracting(u -> u.username).containsExactly("umt-sun");
        assertThat(users.count("umt-")).isEqualTo(3);
        assertThat(users.count("县教育局（账户测试）")).isEqualTo(2);
        assertThat(users.count("umt-nobody")).isZero();
        // no keyword, or an empty one, is no filter
        assertThat(users.count("")).isEqualTo(users.count(null)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void pagesFollowTheAccountsCreationOrder() {
        for (String n : List.of("umt-p1", "umt-p2", "umt-p3", "umt-p4", "umt-p5")) {
            user(n, n, dept);
        }
        assertThat(users.search("umt-p", 0, 2)).extracting(u -> u.username).containsExactly("umt-p1", "umt-p2");
        assertThat(users.search("umt-p", 2, 2)).extracting(u -> u.username).containsExactly("umt-p3", "umt-p4");
        assertThat(users.search("umt-p", 4, 2)).extracting(u -> u.username).containsExactly("umt-p5");
        assertThat(users.search("umt-p", 6, 2)).isEmpty();
    }

    @Test
    void rolesAreReplacedAsAWholeAndListedByName() {
        UserRow r = user("umt-roles", "多角色", dept);
        assertThat(users.findRoles(r.id)).isEmpty();
        users.insertRole(r.id, Role.REVIEWER);
        users.insertRole(r.id, Role.APPLICANT);
        users.insertRole(r.id, Role.ADMIN);
        assertThat(users.findRoles(r.id)).containsExactly(Role.ADMIN, Role.APPLICANT, Role.REVIEWER);
        assertThatThrownBy(() -> users.insertRole(r.id, Role.ADMIN)).isInstanceOf(DuplicateKeyException.class);

        UserRow other = user("umt-other", "他人", dept);
        users.insertRole(other.id, Role.OFFICE);
        users.deleteRoles(r.id);
        assertThat(users.findRoles(r.id)).isEmpty();
        assertThat(users.findRoles(other.id)).containsExactly(Role.OFFICE);
    }
}
