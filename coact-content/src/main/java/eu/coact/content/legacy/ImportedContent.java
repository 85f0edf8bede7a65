package eu.coact.content.legacy;

import eu.coact.content.ContentBlock;
import eu.coact.content.Frequency;
import eu.coact.content.Information;
import eu.coact.content.Media;
import eu.coact.content.MediaKind;
import eu.coact.content.Message;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.content.SystemRole;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import eu.coact.core.StudyId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Content imported from the legacy format: the blocks, the delivery sequence, and the system
 * blocks recognised by their ids ({@code welcome...}, {@code pause}, {@code resume},
 * {@code unsubscribe}, ...).
 *
 * @param languages the languages imported
 * @param blocks    the blocks, in file-name order
 * @param sequence  the delivery order from {@code sequence.txt}
 * @param system      the system blocks by role
 * @param frequencies the frequencies the imported frequency questions offer (hours converted)
 */
public record ImportedContent(
        List<Language> languages,
        List<ContentBlock> blocks,
        List<BlockId> sequence,
        Map<SystemRole, BlockId> system,
        Set<Frequency> frequencies) {

    /** Copies the collections. */
    public ImportedContent {
        languages = List.copyOf(languages);
        blocks = List.copyOf(blocks);
        sequence = List.copyOf(sequence);
        system = system.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(system));
        frequencies = Collections.unmodifiableSet(new TreeSet<>(frequencies));
    }

    /** Content without frequency questions. */
    public ImportedContent(
            List<Language> languages,
            List<ContentBlock> blocks,
            List<BlockId> sequence,
            Map<SystemRole, BlockId> system) {
        this(languages, blocks, sequence, system, Set.of());
    }

    /**
     * The imported content as a study, delivered once a day to start with and at any frequency its
     * frequency questions offer, ready to be written as YAML with
     * {@link eu.coact.content.authoring.ContentWriter#writeStudy}. A study validator reports
     * required system blocks that the legacy content lacks.
     */
    public Study study(StudyId id) {
        Map<BlockId, ContentBlock> byId = new LinkedHashMap<>();
        blocks.forEach(b -> byId.put(b.id(), b));
        Set<Frequency> allowed = new TreeSet<>(frequencies);
        allowed.add(Frequency.daily());
        StudyPlan plan = new StudyPlan(id, languages, sequence, system, Frequency.daily(), allowed);
        return new Study(plan, byId);
    }

    /**
     * The consent PDF the welcome block sends, per language: the files of its one document
     * message whose files are all PDFs and that has a caption. The legacy bot sent its informed
     * consent this way; a study sends it as the consent document's file instead.
     *
     * @return the file under the study's media folder per language; empty when the welcome block
     *         sends no such message (or more than one)
     */
    public Map<Language, String> welcomeConsentFiles() {
        return welcomeConsentMessage().map(m -> m.file().asMap()).orElse(Map.of());
    }

    /**
     * This content without the welcome block's consent PDF ({@link #welcomeConsentFiles()}): the
     * message keeps its place, caption, pacing and continuation as an information message, so the
     * block's paths stay as they were, and the file goes with the consent document.
     *
     * @return the content without the PDF message; this content when there is none
     */
    public ImportedContent withoutWelcomeConsentFile() {
        Optional<Media> pdf = welcomeConsentMessage();
        if (pdf.isEmpty()) {
            return this;
        }
        Media media = pdf.get();
        BlockId welcome = system.get(SystemRole.WELCOME);
        List<ContentBlock> changed = blocks.stream()
                .map(block -> {
                    if (!block.id().equals(welcome)) {
                        return block;
                    }
                    Map<MessageId, Message> messages = new LinkedHashMap<>(block.messages());
                    messages.put(
                            media.id(),
                            new Information(
                                    media.id(),
                                    media.text(),
                                    media.pacing(),
                                    media.next(),
                                    media.actions(),
                                    media.fills()));
                    return block.withMessages(messages);
                })
                .toList();
        return new ImportedContent(languages, changed, sequence, system, frequencies);
    }

    private Optional<Media> welcomeConsentMessage() {
        BlockId welcome = system.get(SystemRole.WELCOME);
        if (welcome == null) {
            return Optional.empty();
        }
        List<Media> pdfs = blocks.stream()
                .filter(b -> b.id().equals(welcome))
                .flatMap(b -> b.messages().values().stream())
                .filter(m -> m instanceof Media media
                        && media.kind() == MediaKind.DOCUMENT
                        && !media.text().isEmpty()
                        && !media.file().isEmpty()
                        && media.file().asMap().values().stream()
                                .allMatch(f -> f.toLowerCase(Locale.ROOT).endsWith(".pdf")))
                .map(Media.class::cast)
                .toList();
        return pdfs.size() == 1 ? Optional.of(pdfs.get(0)) : Optional.empty();
    }
}
