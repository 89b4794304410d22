package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reporter's side of the portal: submit, then follow the clue with its number and query code.
 * A wrong code and an unknown clue number get the same answer, after the same amount of work, and
 * both count as failures for the client and for the clue number.
 */
@Service
class CluePortal {

    static final String NOT_FOUND = "线索编号或查询码不正确";

    private final ClueService clues;
    private final ClueMapper mapper;
    private final PasswordEncoder encoder;
    private final PortalThrottle throttle;
    private final String dummyHash;

    CluePortal(ClueService clues, ClueMapper mapper, PasswordEncoder encoder, PortalThrottle throttle) {
        this.clues = clues;
        this.mapper = mapper;
        this.encoder = encoder;
        this.throttle = throttle;
        this.dummyHash = encoder.encode(QueryCodes.generate());
    }

    ClueReceipt submit(ClueForm form, String client) {
        throttle.submission(client);
        return clues.submitPublic(form);
    }

    PublicClueView query(String clueNo, String code, String client) {
        return clues.publicView(authenticate(clueNo, code, client));
    }

    PublicClueView supplement(String clueNo, String code, String content, String client) {
        ClueRow row = authenticate(clueNo, code, client);
        clues.supplement(row.id, content);
        return clues.publicView(mapper.findById(row.id).orElseThrow());
    }

    PublicClueView addFile(String clueNo, String code, MultipartFile file, String client) {
        ClueRow row = authenticate(clueNo, code, client);
        clues.addReporterFile(row.id, file);
        return clues.publicView(mapper.findById(row.id).orElseThrow());
    }

    PublicClueView rate(String clueNo, String code, Rating rating, String comment, boolean reopen, String client) {
        ClueRow row = authenticate(clueNo, code, client);
        clues.rate(row.id, rating, comment, reopen);
        return clues.publicView(mapper.findById(row.id).orElseThrow());
    }

    private ClueRow authenticate(String clueNo, String code, String client) {
        String number = clueNo == null ? "" : clueNo.strip().toUpperCase(Locale.ROOT);
        throttle.lookup(client, number);
        String normalized = QueryCodes.normalize(code);
        Optional<ClueRow> row = number.length() > 20 ? Optional.empty() : mapper.findByClueNo(number);
        // always one BCrypt check, so an unknown number does not answer faster than a wrong code
        String hash = row.map(r -> r.queryCodeHash).orElse(dummyHash);
        boolean matches = encoder.matches(normalized == null ? "-" : normalized, hash);
        if (row.isEmpty() || normalized == null || !matches) {
            throttle.failed(client, number);
            throw ApiException.notFound(NOT_FOUND);
        }
        return row.get();
    }
}
