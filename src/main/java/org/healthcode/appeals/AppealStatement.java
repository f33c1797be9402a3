package org.healthcode.appeals;

import org.healthcode.common.RejectedException;

/**
 * The resident's written statement: 10 to 2,000 characters after trimming, without control characters other than
 * line breaks and tabs.
 */
record AppealStatement(String text) {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 2000;

    static AppealStatement of(String text) {
        String written = text == null ? "" : text.strip();
        if (written.length() < MIN_LENGTH || written.length() > MAX_LENGTH || !printable(written)) {
            throw new RejectedException(AppealErrorCode.APPEAL_STATEMENT_INVALID, "statement");
        }
        return new AppealStatement(written);
    }

    /** Whether the text has no control characters other than line breaks and tabs. */
    static boolean printable(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
