package org.healthcode.facts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells every {@link FactsRecorded} subscriber about people with new facts once the recording transaction has
 * committed (at once when there is no transaction). Each subscriber works in a transaction of its own: the recording
 * transaction has ended by then, and work joined to it would never be committed properly. A failing subscriber is
 * logged and does not undo the facts.
 */
@Component
public class FactAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(FactAnnouncer.class);

    private final ObjectProvider<FactsRecorded> subscribers;
    private final TransactionTemplate newTransaction;

    FactAnnouncer(ObjectProvider<FactsRecorded> subscribers, PlatformTransactionManager transactions) {
        this.subscribers = subscribers;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Announces these people after the current transaction commits; nothing if the collection is empty. */
    public void announce(Collection<UUID> residentIds) {
        if (residentIds.isEmpty()) {
            return;
        }

        List<UUID> people = residentIds.stream().distinct().toList();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            tellSubscribers(people);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tellSubscribers(people);
            }
        });
    }

    private void tellSubscribers(List<UUID> people) {
        subscribers.orderedStream().forEach(subscriber -> {
            try {
                newTransaction.executeWithoutResult(status -> subscriber.recorded(people));
            } catch (RuntimeException failure) {
                log.atWarn()
                        .setMessage("facts subscriber failed")
                        .addKeyValue("subscriber", subscriber.getClass().getName())
                        .addKeyValue("people", people.size())
                        .setCause(failure)
                        .log();
            }
        });
    }
}
