package eu.coact.core.journal;

import eu.coact.core.Pseudonym;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A journal that hands every call to another one. Extend it and override the calls to watch or
 * change — an application times its appends, a test makes a store refuse one — while everything
 * else, the anchor of a signing journal included, behaves as the wrapped journal does. {@code readAll()} and
 * {@code readVerified} are left to the interface, so they go through {@link #read(long, long)} and
 * {@link #verify()}, and an override of those covers them too.
 *
 * <pre>{@code
 * Journal full = new ForwardingJournal(new InMemoryJournal()) {
 *     @Override
 *     public SequenceRange appendAll(List<JournalEvent> events) {
 *         throw new JournalException("disk full");
 *     }
 * };
 * }</pre>
 */
public class ForwardingJournal implements Journal {

    private final Journal delegate;

    /**
     * A journal forwarding to {@code delegate}.
     *
     * @param delegate the journal every call goes to
     */
    public ForwardingJournal(Journal delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * The journal calls go to.
     *
     * @return the delegate
     */
    protected Journal delegate() {
        return delegate;
    }

    @Override
    public long append(JournalEvent event) {
        return delegate.append(event);
    }

    @Override
    public SequenceRange appendAll(List<JournalEvent> events) {
        return delegate.appendAll(events);
    }

    @Override
    public long lastSequence() {
        return delegate.lastSequence();
    }

    @Override
    public Stream<JournalEntry> read(long fromInclusive, long toInclusive) {
        return delegate.read(fromInclusive, toInclusive);
    }

    @Override
    public Stream<JournalEntry> readSubject(Pseudonym subject) {
        return delegate.readSubject(subject);
    }

    @Override
    public boolean redact(long sequence) {
        return delegate.redact(sequence);
    }

    @Override
    public int redactSubject(Pseudonym subject) {
        return delegate.redactSubject(subject);
    }

    @Override
    public Verification verify() {
        return delegate.verify();
    }

    @Override
    public Optional<Anchor> anchor() {
        return delegate.anchor();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
