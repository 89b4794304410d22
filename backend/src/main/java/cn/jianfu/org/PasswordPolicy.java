package cn.jianfu.org;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.EnglishCharacterData;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.WhitespaceRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules a county IT office asks for (等保-style), checked with Passay: 8 to 64
 * characters, at least three of upper case, lower case, digits and symbols, not the user name (nor
 * reversed), not a well-known password, no long runs like 123456 or qwerty, no spaces.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;
    /** BCrypt reads at most 72 bytes (a Chinese character takes 3 in UTF-8, an emoji 4) and refuses more. */
    static final int MAX_BYTES = 72;

    private static final Map<String, String> MESSAGES = Map.of(
            LengthRule.ERROR_CODE_MIN, "密码至少" + MIN_LENGTH + "位",
            LengthRule.ERROR_CODE_MAX, "密码不能超过" + MAX_LENGTH + "位",
            CharacterCharacteristicsRule.ERROR_CODE, "密码须包含大写字母、小写字母、数字和符号中的至少三种",
            UsernameRule.ERROR_CODE, "密码不能包含用户名",
            UsernameRule.ERROR_CODE_REVERSED, "密码不能包含倒写的用户名",
            DictionaryRule.ERROR_CODE, "这是常见密码，容易被猜中，请换一个",
            WhitespaceRule.ERROR_CODE, "密码不能包含空格");

    private static final String SEQUENCE = "密码不能包含连续的数字、字母或键盘序列（如123456、abcdef、qwerty）";

    private final PasswordValidator validator;

    PasswordPolicy() {
        CharacterCharacteristicsRule kinds = new CharacterCharacteristicsRule(
                3,
                new CharacterRule(EnglishCharacterData.UpperCase, 1),
                new CharacterRule(EnglishCharacterData.LowerCase, 1),
                new CharacterRule(EnglishCharacterData.Digit, 1),
                new CharacterRule(EnglishCharacterData.Special, 1));
        this.validator = new PasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                kinds,
                new UsernameRule(true, true),
                new DictionaryRule(new WordListDictionary(commonPasswords())),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, 6, false),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 6, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, 6, false),
                new WhitespaceRule());
    }

    /** The reasons this password is refused, in Chinese; empty when it is acceptable. */
    public List<String> problems(String username, String password) {
        RuleResult result = validator.validate(new PasswordData(username == null ? "" : username, password));
        boolean tooManyBytes = password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
        if (result.isValid() && !tooManyBytes) {
            return List.of();
        }
        Set<String> messages = new LinkedHashSet<>();
        if (tooManyBytes) {
            messages.add("密码过长：汉字、表情等按多个字节计算，总长不能超过" + MAX_BYTES + "个字节");
        }
        for (RuleResultDetail detail : result.getDetails()) {
            String code = detail.getErrorCode();
            messages.add(
                    code.startsWith("ILLEGAL_") && code.endsWith("_SEQUENCE")
                            ? SEQUENCE
                            : MESSAGES.getOrDefault(code, "密码不符合安全要求"));
        }
        return new ArrayList<>(messages);
    }

    private static ArrayWordList commonPasswords() {
        try (Reader in = new InputStreamReader(
                new ClassPathResource("cn/jianfu/org/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8)) {
            ArrayWordList words = WordLists.createFromReader(new Reader[] {in}, false, new ArraysSort());
            List<String> lower = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i).strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    lower.add(w.toLowerCase(Locale.ROOT));
                }
            }
            String[] sorted = lower.stream()
                    .distinct()
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .toArray(String[]::new);
            return new ArrayWordList(sorted, false);
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords is missing", e);
        }
    }
}
