package org.healthcode.labresults;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.identity.DocumentType;
import org.healthcode.identity.IdentityDocument;
import org.healthcode.identity.IdentityDocuments;
import org.healthcode.residents.Residents;
import org.healthcode.sampling.TubeBarcode;
import org.healthcode.sampling.Tubes;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads SARS-CoV-2 nucleic-acid results from FHIR R4 JSON: a Bundle of any type or a single Observation. An
 * Observation counts when its code has one of the LOINC codes in {@link #SARS_COV_2_RNA}; its value (SNOMED CT
 * detected / not detected) or else its interpretation (POS / NEG / IND) gives the outcome; {@code effective[x]} is
 * the sampling time and {@code issued} the report time. The tube is the Observation's specimen (the reference's
 * identifier, or the referenced Specimen's accession identifier). Without a specimen, the subject Patient's
 * identifier with system {@code urn:healthcode:document:<DOCUMENT_TYPE>} must match a registered resident's identity
 * document; the result then becomes a single tube of its own, barcode {@code FH} plus 18 hex digits of a hash of the
 * lab and the Observation id, so importing it again changes nothing.
 */
@Service
public class FhirResults {

    /** LOINC codes of SARS-CoV-2 RNA tests (NAA with probe, and panels). */
    static final Set<String> SARS_COV_2_RNA =
            Set.of("94500-6", "94531-1", "94533-7", "94534-5", "94309-2", "94502-2", "94845-5", "94759-8", "94565-9");

    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String DOCUMENT_SYSTEM = "urn:healthcode:document:";

    private static final Map<String, Outcome> SNOMED_VALUES =
            Map.of("260373001", Outcome.POSITIVE, "260415000", Outcome.NEGATIVE, "455371000124106", Outcome.INVALID);
    private static final Map<String, Outcome> INTERPRETATIONS = Map.of(
            "POS",
            Outcome.POSITIVE,
            "DET",
            Outcome.POSITIVE,
            "NEG",
            Outcome.NEGATIVE,
            "ND",
            Outcome.NEGATIVE,
            "IND",
            Outcome.INVALID);
    private static final Set<String> FINAL = Set.of("final", "amended", "corrected");

    private final FhirContext fhir;
    private final ResultIntake intake;
    private final Tubes tubes;
    private final Residents residents;
    private final IdentityDocuments documents;
    private final LabProperties settings;
    private final Clock clock;

    FhirResults(
            FhirContext fhir,
            ResultIntake intake,
            Tubes tubes,
            Residents residents,
            IdentityDocuments documents,
            LabProperties settings,
            Clock clock) {
        this.fhir = fhir;
        this.intake = intake;
        this.tubes = tubes;
        this.residents = residents;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    /** Applies the SARS-CoV-2 results of a Bundle or an Observation; {@code nothing-to-import} if there are none. */
    @Transactional
    public IntakeReport upload(LabCaller caller, InputStream json) {
        Resources resources = Resources.of(parse(json));
        List<Numbered> tests = resources.sarsCov2Observations();
        if (tests.isEmpty()) {
            return intake.nothingToImport(resources.count());
        }

        List<ParsedRow> rows = new ArrayList<>();
        for (Numbered test : tests) {
            rows.add(read(caller, test, resources));
        }
        return intake.accept(caller, rows.iterator(), null);
    }

    private IBaseResource parse(InputStream json) {
        IParser parser = fhir.newJsonParser();
        try {
            return parser.parseResource(json);
        } catch (DataFormatException | IllegalArgumentException unreadable) {
            throw new RejectedException(LabErrorCode.FHIR_UNREADABLE, "body");
        }
    }

    private ParsedRow read(LabCaller caller, Numbered test, Resources resources) {
        Observation observation = test.observation();
        if (!observation.hasStatus() || !FINAL.contains(observation.getStatus().toCode())) {
            return new ParsedRow.Invalid(test.row(), LabErrorCode.RESULT_NOT_FINAL);
        }
        Optional<Outcome> outcome = outcome(observation);
        Optional<Instant> sampled = sampledAt(observation);
        if (outcome.isEmpty() || sampled.isEmpty() || !observation.hasIssued()) {
            return new ParsedRow.Invalid(test.row(), LabErrorCode.MALFORMED_ROW);
        }

        Instant reported = observation.getIssued().toInstant().truncatedTo(ChronoUnit.SECONDS);
        Optional<String> specimen = specimenBarcode(observation, resources);
        if (observation.hasSpecimen()) {
            return result(test.row(), specimen.orElse(null), outcome.get(), sampled.get(), reported);
        }
        return patientResult(caller, test, resources, new Timing(outcome.get(), sampled.get(), reported));
    }

    private ParsedRow patientResult(LabCaller caller, Numbered test, Resources resources, Timing timing) {
        Optional<UUID> resident = resources.patientOf(test.observation()).flatMap(this::residentOf);
        if (resident.isEmpty()) {
            return new ParsedRow.Invalid(test.row(), LabErrorCode.PATIENT_UNKNOWN);
        }
        if (timing.sampled().isAfter(timing.reported())) {
            return new ParsedRow.Invalid(test.row(), LabErrorCode.MALFORMED_ROW);
        }
        if (timing.reported().isAfter(clock.instant().plus(settings.clockTolerance()))) {
            return new ParsedRow.Invalid(test.row(), LabErrorCode.DATE_IN_FUTURE);
        }

        TubeBarcode barcode = TubeBarcode.of(implicitBarcode(caller, test));
        if (!tubes.recordSingleSampledByLab(barcode, resident.get(), timing.sampled(), caller.recordedBy())) {
            return new ParsedRow.Invalid(test.row(), LabErrorCode.RESULT_CONFLICT);
        }
        return result(test.row(), barcode.value(), timing.outcome(), timing.sampled(), timing.reported());
    }

    private static ParsedRow result(long row, String tube, Outcome outcome, Instant sampled, Instant reported) {
        return ResultFields.read(
                row, tube, outcome.name(), null, sampled.toString(), reported.toString(), java.time.ZoneOffset.UTC);
    }

    private Optional<UUID> residentOf(Patient patient) {
        for (Identifier identifier : patient.getIdentifier()) {
            String system = identifier.getSystem();
            if (system == null || !system.startsWith(DOCUMENT_SYSTEM) || !identifier.hasValue()) {
                continue;
            }
            Optional<UUID> resident = documentOf(system.substring(DOCUMENT_SYSTEM.length()), identifier.getValue())
                    .flatMap(residents::residentWithDocument);
            if (resident.isPresent()) {
                return resident;
            }
        }
        return Optional.empty();
    }

    private Optional<IdentityDocument> documentOf(String type, String value) {
        try {
            DocumentType documentType = DocumentType.fromName(type);
            boolean passport = documentType == DocumentType.PASSPORT && value.indexOf(':') == 3;
            String country = passport ? value.substring(0, 3) : null;
            String number = passport ? value.substring(4) : value;
            return Optional.of(documents.parse(documentType, number, country, clock));
        } catch (RejectedException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Outcome> outcome(Observation observation) {
        if (observation.hasValueCodeableConcept()) {
            Optional<Outcome> value = coded(observation.getValueCodeableConcept(), SNOMED, SNOMED_VALUES);
            if (value.isPresent()) {
                return value;
            }
        }
        return observation.getInterpretation().stream()
                .map(concept -> coded(concept, null, INTERPRETATIONS))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Outcome> coded(CodeableConcept concept, String system, Map<String, Outcome> codes) {
        return concept.getCoding().stream()
                .filter(coding -> system == null || system.equals(coding.getSystem()))
                .map(coding -> codes.get(String.valueOf(coding.getCode()).toUpperCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private static Optional<Instant> sampledAt(Observation observation) {
        if (observation.hasEffectiveDateTimeType()) {
            return Optional.of(observation.getEffectiveDateTimeType().getValue().toInstant());
        }
        if (observation.hasEffectivePeriod() && observation.getEffectivePeriod().hasStart()) {
            return Optional.of(observation.getEffectivePeriod().getStart().toInstant());
        }
        if (observation.hasEffectiveInstantType()) {
            return Optional.of(observation.getEffectiveInstantType().getValue().toInstant());
        }
        return Optional.empty();
    }

    private static Optional<String> specimenBarcode(Observation observation, Resources resources) {
        Reference specimen = observation.getSpecimen();
        if (specimen.hasIdentifier() && specimen.getIdentifier().hasValue()) {
            return Optional.of(specimen.getIdentifier().getValue());
        }
        return resources
                .resolve(specimen)
                .filter(Specimen.class::isInstance)
                .map(Specimen.class::cast)
                .filter(Specimen::hasAccessionIdentifier)
                .map(found -> found.getAccessionIdentifier().getValue());
    }

    private static String implicitBarcode(LabCaller caller, Numbered test) {
        String observationId = test.observation().getIdElement().getIdPart();
        String source = caller.labCode() + "|" + (observationId == null ? test.fullUrl() : observationId);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return "FH" + HexFormat.of().withUpperCase().formatHex(hash).substring(0, 18);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", missing);
        }
    }

    private record Timing(Outcome outcome, Instant sampled, Instant reported) {}

    /** An Observation with its position in the upload (1 for a single Observation, the entry number in a Bundle). */
    private record Numbered(long row, Observation observation, String fullUrl) {}

    /** The resources of an upload, findable by full URL or {@code Type/id}. */
    private record Resources(List<Numbered> observations, Map<String, Resource> byReference, int count) {

        static Resources of(IBaseResource parsed) {
            if (parsed instanceof Observation single) {
                return new Resources(List.of(new Numbered(1, single, null)), Map.of(), 1);
            }
            if (!(parsed instanceof Bundle bundle)) {
                throw new RejectedException(LabErrorCode.FHIR_UNREADABLE, "body");
            }

            List<Numbered> observations = new ArrayList<>();
            Map<String, Resource> byReference = new java.util.HashMap<>();
            List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
            for (int i = 0; i < entries.size(); i++) {
                Resource resource = entries.get(i).getResource();
                if (resource == null) {
                    continue;
                }
                String fullUrl = entries.get(i).getFullUrl();
                if (fullUrl != null) {
                    byReference.put(fullUrl, resource);
                }
                if (resource.getIdElement().hasIdPart()) {
                    byReference.put(
                            resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
                }
                if (resource instanceof Observation observation) {
                    observations.add(new Numbered(i + 1, observation, fullUrl));
                }
            }
            return new Resources(observations, byReference, entries.size());
        }

        List<Numbered> sarsCov2Observations() {
            return observations.stream()
                    .filter(numbered -> isSarsCov2(numbered.observation()))
                    .toList();
        }

        Optional<Resource> resolve(Reference reference) {
            if (reference.getResource() instanceof Resource linked) {
                return Optional.of(linked);
            }
            return Optional.ofNullable(reference.getReference()).map(byReference::get);
        }

        Optional<Patient> patientOf(Observation observation) {
            return resolve(observation.getSubject())
                    .filter(Patient.class::isInstance)
                    .map(Patient.class::cast);
        }

        private static boolean isSarsCov2(Observation observation) {
            for (Coding coding : observation.getCode().getCoding()) {
                if (LOINC.equals(coding.getSystem()) && SARS_COV_2_RNA.contains(coding.getCode())) {
                    return true;
                }
            }
            return false;
        }
    }
}
