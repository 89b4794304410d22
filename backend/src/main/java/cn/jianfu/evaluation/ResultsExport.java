package cn.jianfu.evaluation;

import cn.jianfu.common.ExcelTable;
import cn.jianfu.security.CurrentUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A round's results as an Excel workbook: exactly what {@link EvaluationResults} gives the person
 * asking, so a department below the threshold is a name and "too few ratings to show", nothing else.
 */
@Service
class ResultsExport {

    private final EvaluationResults results;

    ResultsExport(EvaluationResults results) {
        this.results = results;
    }

    record Workbook(String name, byte[] body) {}

    Workbook export(long roundId, CurrentUser user) {
        RoundResults r = results.of(roundId, user);
        List<String> headers = new ArrayList<>(List.of("名次", "部门", "评价人数", "综合得分", "上轮综合得分", "较上轮"));
        r.round().dimensions().forEach(d -> headers.add(d.label()));
        List<List<Object>> rows = new ArrayList<>();
        for (DepartmentResult d : r.departments()) {
            if (!d.shown()) {
                rows.add(Arrays.asList(null, d.departmentName(), d.note()));
                continue;
            }
            List<Object> row = new ArrayList<>(Arrays.asList(
                    d.rank(), d.departmentName(), d.raters(), d.overall(), d.previousOverall(), d.overallChange()));
            r.round()
                    .dimensions()
                    .forEach(dim -> row.add(d.dimensions().stream()
                            .filter(x -> x.dimension() == dim.code())
                            .findFirst()
                            .map(DepartmentResult.DimensionResult::average)
                            .orElse(null)));
            rows.add(row);
        }
        return new Workbook(
                "基层评机关-" + r.round().name() + ".xlsx",
                ExcelTable.xlsx(
                        "评价结果",
                        ExcelTable.title(
                                "基层评机关评价结果", List.of("评价轮次“" + r.round().name() + "”")),
                        headers,
                        rows));
    }
}
