package eu.coact.export.internal;

import eu.coact.core.csv.CsvWriter;
import eu.coact.export.ExclusionReason;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * The files of a release that must not be deposited, in their own folder beside the package:
 * the exact participant counts (before suppression) and every quote for the team to review.
 * Readable by the owner only where the file system has permissions.
 */
final class InternalFiles {

    static final String README = "README.txt";
    static final String EXACT_COUNTS = "exact-counts.csv";

    private InternalFiles() {}

    static void write(
            Path folder,
            Quotes quotes,
            Participation published,
            ReleaseRun.Funnel funnel,
            Map<ExclusionReason, Long> excluded)
            throws IOException {
        Files.createDirectories(folder);
        restrict(folder, "rwx------");
        try (OutputStream out = create(folder.resolve(README))) {
            out.write(("NOT FOR DEPOSIT. This folder belongs to the release beside it but holds what must not be "
                            + "published:\n" + EXACT_COUNTS + " (participant counts before small-cell suppression) and "
                            + Quotes.REVIEW_FILE
                            + " (every quotable free-text answer, scrubbed but not yet approved).\n"
                            + "Read the quotes; list the ids of those that may be published under 'approved' in the file "
                            + "named by quotes/approved in release.yaml, and make the release again.\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = create(folder.resolve(EXACT_COUNTS));
                CsvWriter csv = CsvWriter.open(out, List.of("status", "participants", "published"))) {
            for (Participation.Row row : published.rows()) {
                csv.writeRow(
                        row.status(),
                        Long.toString(exact(row.status(), excluded, funnel, published)),
                        PackageFiles.count(row.count()));
            }
        }
        try (OutputStream out = create(folder.resolve(Quotes.REVIEW_FILE))) {
            quotes.writeReview(out);
        }
    }

    private static long exact(
            String status, Map<ExclusionReason, Long> excluded, ReleaseRun.Funnel funnel, Participation published) {
        for (ExclusionReason reason : ExclusionReason.values()) {
            if (reason.code().equals(status)) {
                return excluded.getOrDefault(reason, 0L);
            }
        }
        return switch (status) {
            case Participation.JOINED ->
                excluded.values().stream().mapToLong(Long::longValue).sum() + included(published);
            case Participation.CONSENTED ->
                included(published)
                        + excluded.getOrDefault(ExclusionReason.DISCLOSURE_SUPPRESSED, 0L)
                        + excluded.getOrDefault(ExclusionReason.PUBLICATION_REFUSED, 0L)
                        + excluded.getOrDefault(ExclusionReason.WITHDRAWN, 0L);
            case Participation.PROFILE_COMPLETED -> funnel.profileCompleted();
            case Participation.STORIES_ANSWERED -> funnel.storiesAnswered();
            default -> included(published);
        };
    }

    private static long included(Participation published) {
        return published.count(Participation.INCLUDED) instanceof eu.coact.export.disclosure.Cell.Shown s
                ? s.count()
                : 0;
    }

    private static OutputStream create(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE_NEW);
        restrict(file, "rw-------");
        return out;
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
