package cn.jianfu.monitor;

import cn.jianfu.org.OrgUnit;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's JSON as short strings the tests compare with their hand-counted expectations. */
final class DashboardJson {

    private DashboardJson() {}

    /** "part/whole=value", the value "—" when there is none. */
    static String rate(JsonNode r) {
        JsonNode v = r.get("value");
        return r.get("part").asLong() + "/" + r.get("whole").asLong() + "="
                + (v == null || v.isNull() ? "—" : v.asText());
    }

    static String rank(JsonNode n) {
        return n == null || n.isNull() ? "-" : n.asText();
    }

    static String unit(JsonNode units, OrgUnit org) {
        for (JsonNode n : units) {
            if (n.get("orgId").asLong() == org.id()) {
                JsonNode r = n.get("ranks");
                return "assigned=" + n.get("assigned").asLong() + " closed="
                        + n.get("closed").asLong()
                        + " response=" + rate(n.get("response")) + " resolution=" + rate(n.get("resolution"))
                        + " satisfaction=" + rate(n.get("satisfaction")) + " closure=" + rate(n.get("closure"))
                        + " onTime=" + rate(n.get("onTime")) + " ranks=" + rank(r.get("response")) + ","
                        + rank(r.get("resolution")) + "," + rank(r.get("satisfaction")) + "," + rank(r.get("closure"))
                        + "," + rank(r.get("onTime")) + "/" + r.get("of").asInt();
            }
        }
        return "absent";
    }

    static List<String> counts(JsonNode list, String key) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get(key).asText() + "=" + n.get("count").asLong()));
        return out;
    }
}
