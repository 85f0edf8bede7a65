package eu.coact.engine;

import eu.coact.core.Pseudonym;
import eu.coact.core.files.RegularFiles;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Outgoing;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Records what the engine delivers; can be told to fail the next deliveries. Given a media folder,
 * it sends a document's file as a platform channel does: it reads the bytes, refuses a file whose
 * bytes are not those the message promises, and keeps the bytes it delivered.
 */
final class RecordingChannel implements Channel {

    final List<Envelope> delivered = new ArrayList<>();
    /** The bytes of each file delivered, in order, when the channel reads files. */
    final List<byte[]> files = new ArrayList<>();

    final List<Attempt> attempts = new ArrayList<>();
    final Deque<Delivery> outcomes = new ArrayDeque<>();

    /** One delivery attempt and its outcome, in the order they happened. */
    record Attempt(Envelope envelope, Delivery outcome) {}

    private Optional<Path> media = Optional.empty();

    /** The process stops just before handing over a message this matches (once): nothing after it happens. */
    java.util.function.Predicate<Envelope> stopBefore = e -> false;

    /** The process stopped in the middle of a delivery run, as when it is killed. */
    static final class ProcessStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProcessStopped() {
            super("the process stopped");
        }
    }

    /** This channel, sending documents' files from a media folder. */
    RecordingChannel readingFilesFrom(Path folder) {
        media = Optional.of(folder);
        return this;
    }

    @Override
    public Delivery deliver(Envelope envelope) {
        if (stopBefore.test(envelope)) {
            stopBefore = e -> false;
            throw new ProcessStopped();
        }
        Delivery outcome = outcomes.isEmpty() ? Delivery.delivered() : outcomes.poll();
        if (outcome instanceof Delivery.Delivered
                && media.isPresent()
                && envelope.message() instanceof Outgoing.Document document) {
            byte[] bytes = RegularFiles.readBytes(media.get().resolve(document.file()), 1 << 20)
                    .orElseThrow();
            if (!document.keptBy(bytes)) {
                outcome = Delivery.failed("the file is not the one promised");
            } else {
                files.add(bytes);
            }
        }
        attempts.add(new Attempt(envelope, outcome));
        if (outcome instanceof Delivery.Delivered) {
            delivered.add(envelope);
        }
        return outcome;
    }

    List<Envelope> to(Pseudonym p) {
        return delivered.stream().filter(e -> e.to().equals(p)).toList();
    }

    List<String> textsTo(Pseudonym p) {
        return to(p).stream().map(e -> e.message().text()).toList();
    }

    Envelope last(Pseudonym p) {
        List<Envelope> all = to(p);
        return all.get(all.size() - 1);
    }
}
