package org.healthcode.labresults;

/** A row as read from an upload: a result in valid form, or the reason it could not be read. */
sealed interface ParsedRow {

    record Valid(ReportedResult result) implements ParsedRow {}

    record Invalid(long row, LabErrorCode problem) implements ParsedRow {}
}
