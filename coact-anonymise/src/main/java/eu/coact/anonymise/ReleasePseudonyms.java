package eu.coact.anonymise;

import eu.coact.anonymise.internal.HmacSha256;
import eu.coact.core.Pseudonym;
import eu.coact.core.StudyId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Pseudonyms for one open-data release: each participant pseudonym is keyed again under a key
 * for this release, so that two published datasets cannot be joined on their pseudonyms, nor
 * joined with the study's own records. A study that wants two releases to be joinable says so
 * by giving them the same {@link ReleaseId} under the same key; nothing else links them.
 *
 * <pre>{@code
 * ReleasePseudonyms wave1 = ReleasePseudonyms.withFreshKey(study, ReleaseId.of("2026-wave-1"));
 * Pseudonym published = wave1.releasePseudonymOf(participant);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ReleasePseudonyms {

    private static final String DERIVATION_LABEL = "coact/release/v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final StudyId study;
    private final ReleaseId release;
    private final byte[] releaseKey;
    private final ThreadLocal<HmacSha256> mac;

    private ReleasePseudonyms(PseudonymKey key, StudyId study, ReleaseId release) {
        this.study = Objects.requireNonNull(study, "study");
        this.release = Objects.requireNonNull(release, "release");
        ByteArrayOutputStream label = new ByteArrayOutputStream();
        PseudonymDomain.writePart(label, DERIVATION_LABEL);
        PseudonymDomain.writePart(label, study.value());
        PseudonymDomain.writePart(label, release.value());
        this.releaseKey = new HmacSha256(key.secret()).mac(label.toByteArray());
        this.mac = ThreadLocal.withInitial(() -> new HmacSha256(releaseKey));
    }

    /**
     * Release pseudonyms under a key the study keeps (e.g. in its {@link KeyRingStore}), so the
     * release can be made again identically; other release ids give unlinkable pseudonyms.
     *
     * @param key     the study's release key
     * @param study   the study
     * @param release the release
     * @return the release pseudonymiser
     */
    public static ReleasePseudonyms of(PseudonymKey key, StudyId study, ReleaseId release) {
        return new ReleasePseudonyms(Objects.requireNonNull(key, "key"), study, release);
    }

    /**
     * Release pseudonyms under a fresh random key that is wiped once derived: nobody, not even
     * the study, can link this release to any other or to its own records afterwards.
     *
     * @param study   the study
     * @param release the release
     * @return the release pseudonymiser
     */
    public static ReleasePseudonyms withFreshKey(StudyId study, ReleaseId release) {
        PseudonymKey once = PseudonymKey.generate(KeyId.of("release-once"));
        try {
            return new ReleasePseudonyms(once, study, release);
        } finally {
            once.destroy();
        }
    }

    /**
     * The pseudonym a participant has in this release.
     *
     * @param participant the participant's study pseudonym
     * @return the release pseudonym, 43 URL-safe characters
     */
    public Pseudonym releasePseudonymOf(Pseudonym participant) {
        byte[] out = mac.get().mac(participant.value().getBytes(StandardCharsets.UTF_8));
        return new Pseudonym(ENCODER.encodeToString(out));
    }

    /**
     * The release these pseudonyms are for.
     *
     * @return the release id
     */
    public ReleaseId release() {
        return release;
    }

    /** Names the study and release only. */
    @Override
    public String toString() {
        return "ReleasePseudonyms[" + study + "/" + release + ", key hidden]";
    }
}
