package eu.coact.consent;

import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.testkit.journal.StoredBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A journal implementation the consent tests run on, with a way to read back every byte it
 * stores, so that erasure can be checked by searching the store itself. A durable journal adds
 * itself to {@link #all()} with a reader of its raw segment or table bytes.
 *
 * @param name        what to call it in test reports
 * @param open        opens a fresh, empty journal
 * @param storedBytes every chunk of bytes the journal keeps, read as raw as the implementation allows
 */
record JournalUnderTest(String name, Supplier<Journal> open, Function<Journal, List<byte[]>> storedBytes) {

    /** Every journal implementation the consent ledger is tested on. */
    static List<JournalUnderTest> all() {
        return List.of(inMemory(), file());
    }

    private static final Map<Journal, Path> DIRECTORIES = new ConcurrentHashMap<>();

    /** The durable file journal: what it stores is every byte of every file in its directory. */
    static JournalUnderTest file() {
        return new JournalUnderTest(
                "file",
                () -> {
                    try {
                        Path directory = Files.createTempDirectory("consent-journal");
                        Journal journal = FileJournal.open(directory);
                        DIRECTORIES.put(journal, directory);
                        return journal;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                journal -> {
                    try (Stream<Path> files = Files.walk(DIRECTORIES.get(journal))) {
                        return files.filter(Files::isRegularFile)
                                .map(f -> {
                                    try {
                                        return Files.readAllBytes(f);
                                    } catch (IOException e) {
                                        throw new UncheckedIOException(e);
                                    }
                                })
                                .toList();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The in-memory journal: what it stores is exactly the entries' payloads. */
    static JournalUnderTest inMemory() {
        return new JournalUnderTest("in-memory", InMemoryJournal::new, journal -> {
            try (Stream<JournalEntry> entries = journal.readAll()) {
                return entries.flatMap(e -> e.payload().stream()).toList();
            }
        });
    }

    /** True when some payload still readable from the journal contains {@code needle}. */
    static boolean payloadsMention(Journal journal, byte[] needle) {
        try (Stream<JournalEntry> entries = journal.readAll()) {
            return entries.flatMap(e -> e.payload().stream())
                    .anyMatch(payload -> StoredBytes.indexOf(payload, needle) >= 0);
        }
    }

    /** True when some stored chunk contains {@code needle}. */
    boolean stores(Journal journal, byte[] needle) {
        for (byte[] chunk : storedBytes.apply(journal)) {
            if (StoredBytes.indexOf(chunk, needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name;
    }
}
