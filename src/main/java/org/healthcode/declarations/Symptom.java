package org.healthcode.declarations;

/** The fixed list of symptoms a declaration can name. */
public enum Symptom {
    FEVER,
    COUGH,
    SORE_THROAT,
    FATIGUE,
    LOSS_OF_SMELL_OR_TASTE,
    SHORTNESS_OF_BREATH,
    MUSCLE_ACHE,
    DIARRHOEA
}
