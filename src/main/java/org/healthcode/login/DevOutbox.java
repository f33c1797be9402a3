package org.healthcode.login;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.healthcode.identity.PhoneNumber;

/**
 * A development stand-in for an SMS gateway: codes are kept in memory (newest first, at most 200) and shown to
 * administrators on the outbox page, with the phone number masked. Refused in the production profile.
 */
public class DevOutbox implements CodeSender {

    private static final int CAPACITY = 200;

    private final Deque<Message> messages = new ArrayDeque<>();
    private final Clock clock;

    DevOutbox(Clock clock) {
        this.clock = clock;
    }

    /** One delivered code as the outbox page shows it. */
    public record Message(String maskedPhone, String code, Instant sentAt) {}

    @Override
    public synchronized void send(PhoneNumber phone, String code) {
        messages.addFirst(new Message(phone.masked(), code, clock.instant()));
        while (messages.size() > CAPACITY) {
            messages.removeLast();
        }
    }

    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }
}
