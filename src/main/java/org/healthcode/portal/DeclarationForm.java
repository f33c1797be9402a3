package org.healthcode.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.healthcode.common.CommonErrorCode;
import org.healthcode.common.RejectedException;
import org.healthcode.declarations.Condition;
import org.healthcode.declarations.DeclarationContent;
import org.healthcode.declarations.DeclarationErrorCode;
import org.healthcode.declarations.Occupation;
import org.healthcode.declarations.Symptom;

/** The declaration page's form: flat fields that a browser can post, turned into a {@link DeclarationContent}. */
public class DeclarationForm {

    private static final int MAX_VISITED = 30;

    private UUID residentId;
    private String currentDivision = "";
    private Occupation occupation = Occupation.OTHER;
    private String temperature = "36.5";
    private Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
    private Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    private String visitedDivisions = "";
    private boolean confirmedCaseContact;
    private boolean suspectedCaseContact;
    private int vaccineDoses;
    private LocalDate lastVaccination;

    DeclarationContent toContent() {
        List<String> visited = Arrays.stream(visitedDivisions.strip().split("[\\s,，;；]+"))
                .filter(code -> !code.isBlank())
                .toList();
        if (visited.size() > MAX_VISITED) {
            throw new RejectedException(DeclarationErrorCode.TRAVEL_TOO_MANY, "visitedDivisions");
        }
        return new DeclarationContent(
                new DeclarationContent.Basic(currentDivision.strip(), occupation),
                new DeclarationContent.Health(parseTemperature(), Set.copyOf(symptoms), Set.copyOf(conditions)),
                new DeclarationContent.Travel(visited),
                new DeclarationContent.Contacts(
                        confirmedCaseContact, suspectedCaseContact, vaccineDoses, lastVaccination));
    }

    private BigDecimal parseTemperature() {
        try {
            return new BigDecimal(temperature.strip());
        } catch (NumberFormatException unreadable) {
            throw new RejectedException(CommonErrorCode.INVALID_FIELD, "temperature");
        }
    }

    public UUID getResidentId() {
        return residentId;
    }

    public void setResidentId(UUID residentId) {
        this.residentId = residentId;
    }

    public String getCurrentDivision() {
        return currentDivision;
    }

    public void setCurrentDivision(String currentDivision) {
        this.currentDivision = currentDivision == null ? "" : currentDivision;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public void setOccupation(Occupation occupation) {
        this.occupation = occupation == null ? Occupation.OTHER : occupation;
    }

    public String getTemperature() {
        return temperature;
    }

    public void setTemperature(String temperature) {
        this.temperature = temperature == null ? "" : temperature;
    }

    public Set<Symptom> getSymptoms() {
        return symptoms;
    }

    public void setSymptoms(Set<Symptom> symptoms) {
        this.symptoms = symptoms == null ? EnumSet.noneOf(Symptom.class) : symptoms;
    }

    public Set<Condition> getConditions() {
        return conditions;
    }

    public void setConditions(Set<Condition> conditions) {
        this.conditions = conditions == null ? EnumSet.noneOf(Condition.class) : conditions;
    }

    public String getVisitedDivisions() {
        return visitedDivisions;
    }

    public void setVisitedDivisions(String visitedDivisions) {
        this.visitedDivisions = visitedDivisions == null ? "" : visitedDivisions;
    }

    public boolean isConfirmedCaseContact() {
        return confirmedCaseContact;
    }

    public void setConfirmedCaseContact(boolean confirmedCaseContact) {
        this.confirmedCaseContact = confirmedCaseContact;
    }

    public boolean isSuspectedCaseContact() {
        return suspectedCaseContact;
    }

    public void setSuspectedCaseContact(boolean suspectedCaseContact) {
        this.suspectedCaseContact = suspectedCaseContact;
    }

    public int getVaccineDoses() {
        return vaccineDoses;
    }

    public void setVaccineDoses(int vaccineDoses) {
        this.vaccineDoses = vaccineDoses;
    }

    public LocalDate getLastVaccination() {
        return lastVaccination;
    }

    public void setLastVaccination(LocalDate lastVaccination) {
        this.lastVaccination = lastVaccination;
    }
}
