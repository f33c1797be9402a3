package org.healthcode.rules;

import java.util.function.BiFunction;

/** The policy types a rule-set file may use, each read from its typed parameters. */
enum PolicyType {
    SINGLE_TUBE_POSITIVE(SingleTubePositivePolicy::from),
    MIXED_TUBE_POSITIVE(MixedTubePositivePolicy::from),
    INVALID_RESULT(InvalidResultPolicy::from),
    CONFIRMED_CASE(ConfirmedCasePolicy::from),
    CLOSE_CONTACT(CloseContactPolicy::from),
    RISK_AREA_ARRIVAL(RiskAreaArrivalPolicy::from),
    DRUG_PURCHASE(DrugPurchasePolicy::from),
    REGULAR_SCREENING(RegularScreeningPolicy::from),
    MANUAL_DECISION(ManualDecisionPolicy::from);

    private final BiFunction<String, PolicyParameters, ColourPolicy> reader;

    PolicyType(BiFunction<String, PolicyParameters, ColourPolicy> reader) {
        this.reader = reader;
    }

    ColourPolicy read(String name, PolicyParameters parameters) {
        return reader.apply(name, parameters);
    }
}
