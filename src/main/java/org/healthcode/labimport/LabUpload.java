package org.healthcode.labimport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** The lab system's part: all rows as one lab CSV ({@code tube,result,ct,sampled_at,reported_at}), one upload. */
final class LabUpload {

    private final ApiSession lab;

    LabUpload(ApiSession lab) {
        this.lab = lab;
    }

    ImportSummary.UploadReport upload(List<ChopResult> results) {
        JsonNode report = lab.postFile("/api/lab/results/csv", "covid_testing_deid-lab.csv", csv(results))
                .expect(200, "uploading the lab CSV")
                .json();
        return new ImportSummary.UploadReport(
                report.get("rowsRead").asInt(),
                report.get("accepted").asInt(),
                report.get("unchanged").asInt(),
                report.get("rejected").asInt(),
                report.get("factsRecorded").asInt(),
                rejectedByCode(report.get("problems")),
                report.get("problemsTruncated").asBoolean());
    }

    /** The file a lab system would send for these results. */
    static byte[] csv(List<ChopResult> results) {
        StringBuilder csv = new StringBuilder("tube,result,ct,sampled_at,reported_at\n");
        for (ChopResult result : results) {
            csv.append(result.barcode())
                    .append(',')
                    .append(result.outcome())
                    .append(',')
                    .append(result.ct().orElse(""))
                    .append(',')
                    .append(result.sampledAt())
                    .append(',')
                    .append(result.reportedAt())
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Long> rejectedByCode(JsonNode problems) {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode problem : problems) {
            counts.merge(problem.get("code").asString(), 1L, Long::sum);
        }
        return counts;
    }
}
