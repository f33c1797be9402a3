package org.healthcode.labresults;

import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.healthcode.common.RejectedException;
import org.healthcode.common.TimeProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Results sent as JSON by a lab system: one, or a batch whose rows are numbered from 1. */
@Service
public class JsonResults {

    private final ResultIntake intake;
    private final TimeProperties time;

    JsonResults(ResultIntake intake, TimeProperties time) {
        this.intake = intake;
        this.time = time;
    }

    /** Applies a batch; each refused row is listed in the report. */
    @Transactional
    public IntakeReport upload(LabCaller caller, List<ResultLine> lines) {
        Iterator<ParsedRow> rows = IntStream.range(0, lines.size())
                .mapToObj(i -> read(i + 1, lines.get(i)))
                .iterator();
        return intake.accept(caller, rows, null);
    }

    /** Applies one result, or refuses it with the row's code. */
    @Transactional
    public IntakeReport uploadOne(LabCaller caller, ResultLine line) {
        IntakeReport report = upload(caller, List.of(line));
        if (!report.problems().isEmpty()) {
            String code = report.problems().get(0).code();
            throw new RejectedException(
                    java.util.Arrays.stream(LabErrorCode.values())
                            .filter(candidate -> candidate.code().equals(code))
                            .findFirst()
                            .orElse(LabErrorCode.MALFORMED_ROW),
                    "result");
        }
        return report;
    }

    private ParsedRow read(long row, ResultLine line) {
        if (line == null) {
            return new ParsedRow.Invalid(row, LabErrorCode.MALFORMED_ROW);
        }
        return ResultFields.read(
                row,
                line.tube(),
                line.result(),
                line.ct() == null ? null : line.ct().toPlainString(),
                line.sampledAt(),
                line.reportedAt(),
                time.zone());
    }
}
