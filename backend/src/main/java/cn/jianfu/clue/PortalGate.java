package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Lets the reporter in with the clue number and query code. A wrong code and an unknown clue
 * number get the same answer, after the same amount of work, and both count as failures of the
 * client (never of the clue number: see {@link PortalThrottle}).
 */
@Component
class PortalGate {

    static final String NOT_FOUND = "线索编号或查询码不正确";

    private final ClueMapper clues;
    private final QueryCodeHashes hashes;
    private final PortalThrottle throttle;
    private final String dummyHash;

    PortalGate(ClueMapper clues, QueryCodeHashes hashes, PortalThrottle throttle) {
        this.clues = clues;
        this.hashes = hashes;
        this.throttle = throttle;
        this.dummyHash = hashes.hash(QueryCodes.generate());
    }

    /** Counts a submission of the client; refuses when it sent too many lately. */
    void submission(String client) {
        throttle.submission(client);
    }

    ClueRow authenticate(String clueNo, String code, String client) {
        String number = clueNo == null ? "" : clueNo.strip().toUpperCase(Locale.ROOT);
        throttle.lookup(client);
        String normalized = QueryCodes.normalize(code);
        Optional<ClueRow> row = number.length() > 20 ? Optional.empty() : clues.findByClueNo(number);
        // always one check, so an unknown number does not answer faster than a wrong code
        String hash = row.map(r -> r.queryCodeHash).orElse(dummyHash);
        boolean matches = hashes.matches(normalized == null ? "-" : normalized, hash);
        if (row.isEmpty() || normalized == null || !matches) {
            throttle.failed(client);
            throw ApiException.notFound(NOT_FOUND);
        }
        if (QueryCodeHashes.isLegacy(hash)) {
            clues.replaceQueryCodeHash(row.get().id, hash, hashes.hash(normalized));
        }
        return row.get();
    }
}
