package org.healthcode.rules;

import java.util.List;

/** A rule-set file that cannot be used; the message names the file and every wrong field. Stops the server. */
public class RuleSetInvalidException extends IllegalStateException {

    private final transient List<String> problems;

    RuleSetInvalidException(String source, List<String> problems) {
        super("Rule set " + source + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code field: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
