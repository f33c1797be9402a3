package org.healthcode.venues;

/** How a check-in was made, which decides how far it proves the person was there. */
public enum CheckInMethod {
    /** The resident scanned the printed poster: a photo of it would do as well, so presence is not proven. */
    POSTER(Confidence.LOW),
    /** The resident scanned the venue's own display, whose code changes every few minutes. */
    ROTATING_CODE(Confidence.HIGH),
    /** The venue's own scanning device read the resident's code. */
    DEVICE(Confidence.HIGH),
    /** Venue staff scanned the resident's screen code. */
    STAFF_SCAN(Confidence.HIGH),
    /** Venue staff checked the person's identity document (for people without a phone). */
    ID_DOCUMENT(Confidence.HIGH),
    /** Venue staff scanned the person's printed card code. */
    CARD(Confidence.HIGH);

    private final Confidence confidence;

    CheckInMethod(Confidence confidence) {
        this.confidence = confidence;
    }

    /** How far a check-in made this way proves presence. */
    public Confidence confidence() {
        return confidence;
    }

    /** How far a check-in proves that the person was at the venue. */
    public enum Confidence {
        LOW,
        HIGH
    }
}
