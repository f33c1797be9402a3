package org.healthcode.labresults;

/**
 * Who is uploading: the laboratory and how the upload is recorded ({@code staff:<username>} for a lab worker,
 * {@code lab-key:<key id>} for a lab system using an API key).
 */
public record LabCaller(String labCode, String recordedBy) {}
