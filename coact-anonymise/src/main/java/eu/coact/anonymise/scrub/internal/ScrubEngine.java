package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import eu.coact.anonymise.scrub.ScrubReport;
import eu.coact.anonymise.scrub.Scrubbed;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every detector on the normalised text (see {@link NormalisedText}), maps what they find
 * back to the original, settles overlaps (the longer candidate wins; on equal length, the kind
 * listed first in {@link IdentifierKind}), and replaces what remains with typed tokens.
 * Tokens already in the text are left alone, so scrubbing twice changes nothing more.
 */
public final class ScrubEngine {

    private static final Pattern TOKEN;

    static {
        StringBuilder kinds = new StringBuilder();
        for (IdentifierKind kind : IdentifierKind.values()) {
            kinds.append(kinds.length() == 0 ? "" : "|").append(kind.name());
        }
        TOKEN = Pattern.compile("\\[(?:" + kinds + ")\\]");
    }

    private static final Comparator<Span> PREFERENCE = Comparator.comparingInt(Span::length)
            .reversed()
            .thenComparing(Span::kind)
            .thenComparingInt(Span::start);

    private final List<Detector> detectors;

    /**
     * An engine for the structured identifiers and the names and places of a gazetteer.
     *
     * @param names  person names
     * @param places places
     */
    public ScrubEngine(List<String> names, List<String> places) {
        GazetteerIndex gazetteer = new GazetteerIndex(names, places);
        detectors = List.of(
                new EmailDetector(),
                new UrlDetector(),
                new HandleDetector(),
                new PhoneDetector(),
                new IbanDetector(),
                new IdDocumentDetector(),
                new PostcodeDetector(gazetteer::isPlaceWord),
                new AddressDetector(),
                new BirthDateDetector(),
                gazetteer);
    }

    /**
     * The identifiers found, without overlaps, in text order.
     *
     * @param text the text
     * @return the spans
     */
    public List<Span> detect(String text) {
        NormalisedText view = NormalisedText.of(text);
        List<Span> found = new ArrayList<>();
        for (Detector detector : detectors) {
            detector.find(view.text(), found);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<Span> candidates = new ArrayList<>(found.size());
        for (Span span : found) {
            candidates.add(new Span(view.originalStart(span.start()), view.originalEnd(span.end()), span.kind()));
        }
        BitSet taken = new BitSet(text.length());
        if (text.indexOf('[') >= 0) {
            Matcher tokens = TOKEN.matcher(text);
            while (tokens.find()) {
                taken.set(tokens.start(), tokens.end());
            }
        }
        candidates.sort(PREFERENCE);
        List<Span> chosen = new ArrayList<>();
        for (Span span : candidates) {
            int firstTaken = taken.nextSetBit(span.start());
            if (firstTaken < 0 || firstTaken >= span.end()) {
                taken.set(span.start(), span.end());
                chosen.add(span);
            }
        }
        chosen.sort(Comparator.comparingInt(Span::start));
        return chosen;
    }

    /**
     * Replaces every identifier found with its token. A replacement changes what is next to
     * it ("E000EE@00" becomes "[POSTCODE]@00", and "@00" now looks like a handle), so the text
     * is scanned again until nothing more is found: scrubbing a scrubbed text finds nothing.
     * Each round replaces at least one character that is not part of a token, so it ends.
     *
     * @param text the text
     * @return the scrubbed text and the counts
     */
    public Scrubbed scrub(String text) {
        String current = text;
        EnumMap<IdentifierKind, Integer> counts = new EnumMap<>(IdentifierKind.class);
        List<Span> spans = detect(current);
        while (!spans.isEmpty()) {
            StringBuilder out = new StringBuilder(current.length());
            int at = 0;
            for (Span span : spans) {
                out.append(current, at, span.start()).append(span.kind().token());
                counts.merge(span.kind(), 1, Integer::sum);
                at = span.end();
            }
            out.append(current, at, current.length());
            current = out.toString();
            spans = detect(current);
        }
        return new Scrubbed(current, counts.isEmpty() ? ScrubReport.none() : new ScrubReport(counts));
    }
}
