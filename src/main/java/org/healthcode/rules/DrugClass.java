package org.healthcode.rules;

/** The classes of medicine whose purchase pharmacies register by real name. */
public enum DrugClass {
    FEVER,
    COUGH,
    ANTIVIRAL,
    ANTIBIOTIC
}
