package org.healthcode.declarations;

/** Underlying conditions a declaration can name; they inform care, not the colour. */
public enum Condition {
    HYPERTENSION,
    DIABETES,
    HEART_DISEASE,
    CHRONIC_LUNG_DISEASE,
    IMMUNOSUPPRESSION,
    PREGNANCY
}
