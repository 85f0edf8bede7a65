package eu.coact.examples;

import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.JournalRepair;
import eu.coact.core.journal.TrustedKeys;
import eu.coact.core.journal.Verification;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.study.SignedJournal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code coact verify}: checks a journal's hash chain, its signed checkpoints and, given one,
 * an anchor kept elsewhere; prints a verdict and exits 1 on any finding.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check a journal: its hash chain, its signed checkpoints, and an anchor kept elsewhere.",
            "Exits 0 when intact, 1 on any finding (or when the journal cannot be opened), 2 on a usage mistake."
        })
public final class VerifyCommand implements Callable<Integer> {

    private static final long MAX_ANCHOR_BYTES = 4096;

    @ParentCommand
    private Coact launcher;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "The journal folder.")
    private Path journal;

    @Option(
            names = "--anchor",
            paramLabel = "FILE",
            description = "An anchor the journal printed earlier (JSON); finds cut entries and rewritten history "
                    + "up to it. Its key is trusted when --keys is not given.")
    private Optional<Path> anchor = Optional.empty();

    @Option(
            names = "--keys",
            paramLabel = "FILE",
            description = "The journal's signing key file (chat, demo and telegram keep it beside the journal as "
                    + "<journal>.signing-key); only checkpoints signed with it are accepted.")
    private Optional<Path> keys = Optional.empty();

    @Option(
            names = "--repair",
            description = "Cut damage at the end of the last segment that opening refuses to "
                    + "cut, keeping the cut bytes in the journal's 'cut' folder, then verify.")
    private boolean repair;

    /** Verifies and prints the verdict. */
    @Override
    public Integer call() throws IOException {
        PrintWriter out = launcher.terminal().out();
        if (!Files.isDirectory(journal)) {
            throw new InputMistake("there is no journal folder at " + journal);
        }
        Optional<Anchor> outside = anchor.map(VerifyCommand::readAnchor);
        TrustedKeys trusted = keys.isPresent() ? TrustedKeys.of(keyOf(keys.get())) : TrustedKeys.none();
        Verification result;
        try {
            if (repair) {
                Optional<JournalRepair> cut = FileJournal.repair(journal);
                out.println(cut.map(c -> "Repaired: cut " + c.bytes() + " bytes (about " + c.entries()
                                + " entries) from " + c.segment() + " at byte offset " + c.offset()
                                + "; they are kept in " + c.keptAt())
                        .orElse("Nothing to repair."));
            }
            try (FileJournal opened = FileJournal.open(journal)) {
                result = outside.isPresent() ? opened.verify(trusted, outside.get()) : opened.verify(trusted);
            }
        } catch (JournalException e) {
            out.println("NOT VERIFIED: " + e.getMessage());
            out.flush();
            return Coact.INPUT_ERRORS;
        }
        if (result instanceof Verification.Intact intact) {
            out.println("Intact: " + intact.entries() + " entries; " + basis(trusted, outside) + ".");
            out.flush();
            return Coact.OK;
        }
        Verification.Broken broken = (Verification.Broken) result;
        out.println("NOT INTACT at entry #" + broken.firstBadSequence() + ": " + broken.reason());
        out.flush();
        return Coact.INPUT_ERRORS;
    }

    private static String basis(TrustedKeys trusted, Optional<Anchor> outside) {
        if (!trusted.isEmpty()) {
            return "checkpoints signed by the key in the key file"
                    + outside.map(a -> ", up to and past the anchor's #" + a.sequence())
                            .orElse("");
        }
        if (outside.isPresent()) {
            return "checkpoints signed by the anchor's key " + outside.get().keyFingerprint()
                    + ", nothing cut or rewritten up to its #" + outside.get().sequence();
        }
        return "no key or anchor given, so signatures were checked only against the keys the checkpoints name "
                + "themselves (evidence against accidents, not against someone who holds the files)";
    }

    private static Anchor readAnchor(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_ANCHOR_BYTES) {
                throw new InputMistake(file + " is not an anchor file (a small JSON file the journal printed)");
            }
            return Anchor.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputMistake(file + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InputMistake(file + ": " + e.getMessage());
        }
    }

    private static byte[] keyOf(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputMistake("there is no key file at " + file);
        }
        try {
            return SignedJournal.signer(file).publicKey();
        } catch (IOException e) {
            throw new InputMistake(file + " cannot be read: " + e.getMessage());
        }
    }
}
