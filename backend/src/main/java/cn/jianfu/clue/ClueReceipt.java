package cn.jianfu.clue;

/** Answer to a new clue: its number and the query code, which is shown this once and never again. */
public record ClueReceipt(long id, String clueNo, String queryCode) {

    /** Never prints the query code. */
    @Override
    public String toString() {
        return "ClueReceipt[id=" + id + ", clueNo=" + clueNo + ", queryCode=***]";
    }
}
