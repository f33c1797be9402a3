package org.healthcode.appeals;

import org.healthcode.common.RejectedException;

/** An auditor's reason for resolving an appeal: 5 to 500 characters, like every other decision's reason. */
record ResolutionReason(String text) {

    static final int MIN_LENGTH = 5;
    static final int MAX_LENGTH = 500;

    static ResolutionReason of(String text) {
        String written = text == null ? "" : text.strip();
        if (written.length() < MIN_LENGTH || written.length() > MAX_LENGTH || !AppealStatement.printable(written)) {
            throw new RejectedException(AppealErrorCode.APPEAL_REASON_MISSING, "reason");
        }
        return new ResolutionReason(written);
    }
}
