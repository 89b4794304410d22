package cn.jianfu.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{1} refused: {2}")
    @CsvSource({
        "zhangsan, 12345678,       至少三种",
        "zhangsan, Short@1,        至少8位",
        "zhangsan, P@ssw0rd,       常见密码",
        "zhangsan, Admin@123,      常见密码",
        "zhangsan, Zhangsan@2026,  用户名",
        "zhangsan, nasgnahZ@2026,  倒写的用户名",
        "zhangsan, Xy@123456kk,    连续",
        "zhangsan, Qwerty#2026,    连续",
        "zhangsan, Hello World@1,  空格"
    })
    void weakPasswordsAreRefusedWithAReason(String username, String password, String reason) {
        assertThat(policy.problems(username, password))
                .anySatisfy(p -> assertThat(p).contains(reason));
    }

    @Test
    void aGoodPasswordPasses() {
        assertThat(policy.problems("zhangsan", "Jianfu@2026")).isEmpty();
        assertThat(policy.problems("zhangsan", "县里的Pass#2026")).isEmpty();
        assertThat(policy.problems("zhangsan", "Test@12345")).isEmpty();
    }

    /** BCrypt takes 72 bytes at most: 64 characters of Chinese or emoji are far more. */
    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedNotCut() {
        assertThat(policy.problems("zhangsan", "Aa1!" + "𠀾".repeat(30)))
                .anySatisfy(p -> assertThat(p).contains("72个字节"));
        assertThat(policy.problems("zhangsan", "Aa1!" + "县".repeat(22))).isEmpty(); // 70 bytes
        assertThat(policy.problems("zhangsan", "Aa1!" + "县".repeat(23))).isNotEmpty(); // 73 bytes
    }
}
