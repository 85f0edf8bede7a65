package eu.coact.export.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.content.Study;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Verification;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.export.AtomicRelease;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.ReleaseInputs;
import eu.coact.export.ReleaseResult;
import eu.coact.export.ReleaseSummary;
import eu.coact.export.disclosure.SmallCellSuppression;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One release from start to end: checks the configuration against the study, applies the
 * consent gate, reads the journal once (profiles for the disclosure gate, final answers into an
 * {@link AnswerSpill}), applies the disclosure gate, then writes every file of the package
 * atomically, streaming the answers from the spill file.
 */
public final class ReleaseRun {

    private final ReleaseConfig config;
    private final ReleaseInputs inputs;
    private final Codebook codebook;
    private final List<CodebookQuestion> questions;
    private final SmallCellSuppression rule;
    /** Per codebook question: whether its answers go to answers.csv. */
    private final boolean[] published;
    /** Per codebook question: whether its answers may be quoted (plain free text that reveals nothing by its role). */
    private final boolean[] quotable;

    private final PackageFiles packageFiles;

    private ReleaseRun(ReleaseConfig config, ReleaseInputs inputs) {
        this.config = config;
        this.inputs = inputs;
        this.codebook = Codebook.of(inputs.study());
        this.questions = codebook.questions();
        this.rule = SmallCellSuppression.withThreshold(config.smallCellThreshold());
        Set<String> profile = new HashSet<>(config.attributes());
        profile.addAll(config.withheld());
        Set<String> formatted = new HashSet<>();
        for (ContentBlock block : inputs.study().blocks().values()) {
            for (Message m : block.messages().values()) {
                if (m instanceof eu.coact.content.FreeText free && free.format() != eu.coact.content.TextFormat.TEXT) {
                    formatted.add(block.id().value() + '\u0000' + free.variable());
                }
            }
        }
        this.published = new boolean[questions.size()];
        this.quotable = new boolean[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            CodebookQuestion q = questions.get(i);
            // A profile answer appears only in participants.csv, in its controlled form, or nowhere.
            boolean open = !q.controlled() && !profile.contains(q.question());
            published[i] = open && !q.freeText();
            quotable[i] = open && q.freeText() && !formatted.contains(q.block() + '\u0000' + q.question());
        }
        this.packageFiles = new PackageFiles(config, inputs, codebook, rule, quotable);
    }

    /**
     * Checks a configuration against a study, as a release does before it reads the journal.
     *
     * @param config the configuration
     * @param study  the study
     * @return the problems; empty when it fits
     */
    public static Problems fit(ReleaseConfig config, Study study) {
        return StudyFit.check(config, Codebook.of(study));
    }

    /**
     * Makes a release.
     *
     * @param config    the configuration
     * @param inputs    the study, ledger, journal, pseudonyms and release time
     * @param directory the release directory to create; it must not exist
     * @return the summary, or the refusal with its reasons
     * @throws IOException when writing fails (nothing is left at the directory)
     */
    public static ReleaseResult run(ReleaseConfig config, ReleaseInputs inputs, Path directory) throws IOException {
        return new ReleaseRun(config, inputs).run(directory);
    }

    private ReleaseResult run(Path directory) throws IOException {
        if (java.nio.file.Files.exists(directory)) {
            throw new java.nio.file.FileAlreadyExistsException(
                    directory.toString(), null, "a release is never overwritten; write a new version instead");
        }
        Problems fit = StudyFit.check(config, codebook);
        ConsentGate consent = new ConsentGate(
                inputs.ledger(), config.publicationPurpose(), config.quotingPurpose(), inputs.releaseTime());
        if (fit.hasErrors()) {
            return new ReleaseResult.Refused(fit, consent.excluded());
        }
        try (AnswerSpill spill = AnswerSpill.beside(directory)) {
            return gateAndWrite(directory, consent, spill);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private ReleaseResult gateAndWrite(Path directory, ConsentGate consent, AnswerSpill spill) throws IOException {
        // One pass over the journal: the person-level view and answers of publishable participants, and the funnel.
        List<String> attributes = config.attributes();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            column.put(attributes.get(i), i);
        }
        List<Pseudonym> candidates = new ArrayList<>(consent.publishable());
        Map<Pseudonym, Integer> candidateIndex = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            candidateIndex.put(candidates.get(i), i);
        }
        spill.expect(candidates.size(), questions.size());
        PersonView view = new PersonView(config, candidates.size());
        Map<String, Map<String, Integer>> questionIndex = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            questionIndex
                    .computeIfAbsent(questions.get(i).block(), b -> new HashMap<>())
                    .put(questions.get(i).question(), i);
        }
        Set<String> storyBlocks = new HashSet<>();
        inputs.study().blocks().values().stream()
                .filter(b -> b.story().isPresent())
                .forEach(b -> storyBlocks.add(b.id().value()));
        Map<Pseudonym, Integer> profileAnswered = new HashMap<>();
        Set<Pseudonym> storyAnswered = new HashSet<>();
        Set<Pseudonym> unknown = new HashSet<>();
        // The answers of one participant's block arrive together: look the participant up once per run of answers.
        ParticipantLookup last = new ParticipantLookup();
        // A release is evidence: never made from a journal that may have been altered, so the one read verifies it.
        Verification verified = RecordedAnswers.of(inputs.study()).forEachVerifiedFinalAnswer(inputs.answers(), a -> {
            Pseudonym p = a.participant();
            if (!p.equals(last.participant)) {
                last.participant = p;
                last.known = consent.knows(p);
                last.consented = last.known && consent.hasConsented(p);
                last.candidate = candidateIndex.getOrDefault(p, -1);
            }
            if (!last.known) {
                unknown.add(p);
                return;
            }
            String block = a.block().value();
            Integer c = null;
            if (storyBlocks.contains(block)) {
                if (last.consented) {
                    storyAnswered.add(p);
                }
            } else {
                c = column.get(a.question());
                if (c != null && last.consented) {
                    profileAnswered.merge(p, 1 << c, (x, y) -> x | y);
                }
            }
            int candidate = last.candidate;
            if (candidate < 0) {
                return;
            }
            if (c != null) {
                view.attribute(candidate, c, a.value());
            }
            Integer q = questionIndex.getOrDefault(block, Map.of()).get(a.question());
            if (q != null && (published[q] || quotable[q])) {
                if (published[q]) {
                    view.answeredAt(candidate, a.answeredAt().getEpochSecond());
                }
                try {
                    spill.add(
                            candidate,
                            q,
                            a.value(),
                            a.attempts(),
                            a.answeredAt().getEpochSecond());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        if (verified instanceof Verification.Broken broken) {
            return new ReleaseResult.Refused(
                    Problems.of(Problem.error(
                            "journal-does-not-verify",
                            "the journal does not "
                                    + "verify at entry #" + broken.firstBadSequence() + ": " + broken.reason()
                                    + ". No release is made "
                                    + "from a journal that may have been altered.",
                            Location.of("journal"))),
                    consent.excluded());
        }
        unknown.forEach(consent::unknownToLedger);
        int complete = (1 << attributes.size()) - 1;
        // Each funnel stage counts only participants who reached the stages before it, so it cannot widen.
        long profileCompleted = attributes.isEmpty()
                ? consent.consented()
                : profileAnswered.values().stream().filter(v -> v == complete).count();
        long storiesAnswered = attributes.isEmpty()
                ? storyAnswered.size()
                : storyAnswered.stream()
                        .filter(p -> profileAnswered.getOrDefault(p, 0) == complete)
                        .count();

        // The disclosure gate on the person-level view.
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String attribute : config.quasiIdentifiers().keySet()) {
            Set<String> codes = new TreeSet<>();
            codes.add("");
            codebook.questionsNamed(attribute).forEach(q -> q.missing().forEach(m -> codes.add(m.code())));
            missing.put(attribute, List.copyOf(codes));
        }
        Map<String, eu.coact.anonymise.disclosure.Hierarchy> derived = view.derived();
        Validated<ParticipantsGate.Passed> gate =
                ParticipantsGate.apply(config, derived, candidates, view.rows(), missing);
        if (!(gate instanceof Validated.Valid<ParticipantsGate.Passed> passed)) {
            return new ReleaseResult.Refused(gate.problems(), consent.excluded());
        }
        ParticipantsGate.Passed released = passed.value();
        consent.suppressedByDisclosure(released.suppressed());
        int[] releasedIndex = new int[candidates.size()];
        java.util.Arrays.fill(releasedIndex, -1);
        for (int i = 0; i < released.participants().size(); i++) {
            releasedIndex[candidateIndex.get(released.participants().get(i))] = i;
        }
        List<String> releasePseudonyms = released.participants().stream()
                .map(p -> inputs.pseudonyms().releasePseudonymOf(p).value())
                .toList();
        boolean[] quotableParticipant = new boolean[releasePseudonyms.size()];
        for (int i = 0; i < quotableParticipant.length; i++) {
            quotableParticipant[i] = consent.quotable(released.participants().get(i));
        }
        List<List<String>> rows = released.rows().stream().map(view::published).toList();
        boolean timesShown = !derived.isEmpty() && released.levels().getOrDefault(PersonView.ANSWER_TIMES, 1) == 0;

        Funnel funnel =
                new Funnel(consent.joined() + unknown.size(), consent.consented(), profileCompleted, storiesAnswered);
        Participation participation = Participation.of(releasePseudonyms.size(), consent.excluded(), funnel, rule);
        Map<String, Long> rowCounts = new LinkedHashMap<>();
        Quotes quotes = new Quotes(config.quotes());
        Released out = new Released(
                released, rows, releasedIndex, quotableParticipant, releasePseudonyms, timesShown, participation);
        Path internal = eu.coact.export.StudyRelease.internalFolder(directory);
        if (java.nio.file.Files.exists(internal)) {
            throw new java.nio.file.FileAlreadyExistsException(
                    internal.toString(), null, "the folder not for deposit of this release already exists");
        }
        Path written =
                AtomicRelease.write(directory, files -> packageFiles.write(files, out, spill, quotes, rowCounts));
        InternalFiles.write(internal, quotes, participation, funnel, consent.excluded());
        Set<String> fileNames = new TreeSet<>();
        try (var walk = java.nio.file.Files.walk(written)) {
            walk.filter(java.nio.file.Files::isRegularFile)
                    .forEach(f -> fileNames.add(written.relativize(f).toString().replace('\\', '/')));
        }
        return new ReleaseResult.Written(new ReleaseSummary(
                written,
                released.participants().size(),
                consent.excluded(),
                rowCounts,
                List.copyOf(fileNames),
                released.levels(),
                released.risk().highestProsecutorRisk()));
    }

    /** What the pass knows about the participant whose answers it is reading. */
    private static final class ParticipantLookup {
        private Pseudonym participant;
        private boolean known;
        private boolean consented;
        private int candidate;
    }

    /** Participation counts, before suppression. */
    record Funnel(long joined, long consented, long profileCompleted, long storiesAnswered) {}
}
