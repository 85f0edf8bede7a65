package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

    private static final PseudonymDomain PARTICIPATION = PseudonymDomain.of("coact-mental-health", "participation");

    @Provide
    Arbitrary<ChannelIdentity> identities() {
        Arbitrary<String> channels = Arbitraries.of("telegram", "phone", "email", "web");
        Arbitrary<String> values =
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40);
        return Combinators.combine(channels, values).as(ChannelIdentity::of);
    }

    @Provide
    Arbitrary<PseudonymKey> keys() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32).map(bytes -> PseudonymKey.of(KeyId.of("k"), bytes));
    }

    @Provide
    Arbitrary<PseudonymDomain> domains() {
        Arbitrary<String> names =
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(names, names).as(PseudonymDomain::of);
    }

    @Property(tries = 200)
    void sameIdentityKeyAndDomainAlwaysGiveTheSamePseudonym(
            @ForAll("identities") ChannelIdentity identity,
            @ForAll("keys") PseudonymKey key,
            @ForAll("domains") PseudonymDomain domain) {
        Pseudonym first = Pseudonymiser.of(key, domain).pseudonymOf(identity);
        Pseudonym again =
                Pseudonymiser.of(key, domain).pseudonymOf(ChannelIdentity.of(identity.channel(), identity.reveal()));
        assertThat(again).isEqualTo(first);
    }

    @Property(tries = 200)
    void everyPseudonymHas43UrlSafeCharacters(
            @ForAll("identities") ChannelIdentity identity, @ForAll("keys") PseudonymKey key) {
        String value =
                Pseudonymiser.of(key, PARTICIPATION).pseudonymOf(identity).value();
        assertThat(value).hasSize(Pseudonymiser.PSEUDONYM_LENGTH).matches("[A-Za-z0-9_-]+");
    }

    @Property(tries = 200)
    void differentDomainsOrKeysGiveDifferentPseudonyms(
            @ForAll("identities") ChannelIdentity identity,
            @ForAll("keys") PseudonymKey key,
            @ForAll("domains") PseudonymDomain domain,
            @ForAll("domains") PseudonymDomain otherDomain) {
        Pseudonym p = Pseudonymiser.of(key, domain).pseudonymOf(identity);
        if (!domain.equals(otherDomain)) {
            assertThat(Pseudonymiser.of(key, otherDomain).pseudonymOf(identity)).isNotEqualTo(p);
        }
        PseudonymKey other = PseudonymKey.generate(KeyId.of("other"));
        assertThat(Pseudonymiser.of(other, domain).pseudonymOf(identity)).isNotEqualTo(p);
    }

    @Property(tries = 200)
    void theSameValueOnAnotherChannelIsAnotherPerson(
            @ForAll("identities") ChannelIdentity identity, @ForAll("keys") PseudonymKey key) {
        String otherChannel = identity.channel().equals("phone") ? "telegram" : "phone";
        Pseudonymiser pseudonyms = Pseudonymiser.of(key, PARTICIPATION);
        assertThat(pseudonyms.pseudonymOf(ChannelIdentity.of(otherChannel, identity.reveal())))
                .isNotEqualTo(pseudonyms.pseudonymOf(identity));
    }

    @Test
    void studyAndPurposeBoundariesCannotBeShifted() {
        PseudonymKey key = PseudonymKey.generate(KeyId.of("k"));
        byte[] id = {1, 2, 3};
        assertThat(Pseudonymiser.of(key, PseudonymDomain.of("ab", "c")).pseudonymOf(id))
                .isNotEqualTo(
                        Pseudonymiser.of(key, PseudonymDomain.of("a", "bc")).pseudonymOf(id));
    }

    /**
     * 10^6 ids in two domains (and under two keys): no pseudonym of one appears in the other.
     * Pseudonyms are compared by their first 60 bits (sorted arrays, binary search) and, on a
     * prefix match, in full, so the test stays fast.
     */
    @Test
    void noPseudonymIsSharedAcrossDomainsOrKeysOverAMillionIds() {
        PseudonymKey key = PseudonymKey.generate(KeyId.of("k1"));
        Pseudonymiser participation = Pseudonymiser.of(key, PARTICIPATION);
        Pseudonymiser otherStudy = Pseudonymiser.of(key, PseudonymDomain.of("another-study", "participation"));
        Pseudonymiser otherKey = Pseudonymiser.of(PseudonymKey.generate(KeyId.of("k2")), PARTICIPATION);
        int samples = 1_000_000;
        long[] first = new long[samples];
        for (int i = 0; i < samples; i++) {
            first[i] = prefix(participation.pseudonymOf(id(i)));
        }
        java.util.Arrays.sort(first);
        int distinct = 1;
        for (int i = 1; i < samples; i++) {
            distinct += first[i] != first[i - 1] ? 1 : 0;
        }
        assertThat(distinct).as("distinct ids give distinct pseudonyms").isEqualTo(samples);
        List<Pseudonym> shared = new java.util.ArrayList<>();
        for (int i = 0; i < samples; i++) {
            for (Pseudonymiser other : List.of(otherStudy, otherKey)) {
                Pseudonym candidate = other.pseudonymOf(id(i));
                if (java.util.Arrays.binarySearch(first, prefix(candidate)) >= 0) {
                    shared.addAll(fullMatches(participation, candidate, samples));
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    private static byte[] id(int i) {
        return ByteBuffer.allocate(16).putLong(0, i).putLong(8, ~(long) i).array();
    }

    private static long prefix(Pseudonym p) {
        long bits = 0;
        for (int i = 0; i < 10; i++) {
            char c = p.value().charAt(i);
            int v = c >= 'A' && c <= 'Z'
                    ? c - 'A'
                    : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52 : c == '-' ? 62 : 63;
            bits = (bits << 6) | v;
        }
        return bits;
    }

    private static List<Pseudonym> fullMatches(Pseudonymiser pseudonyms, Pseudonym candidate, int samples) {
        List<Pseudonym> matches = new java.util.ArrayList<>();
        for (int i = 0; i < samples; i++) {
            if (pseudonyms.pseudonymOf(id(i)).equals(candidate)) {
                matches.add(candidate);
            }
        }
        return matches;
    }

    @Property(tries = 100)
    void duringARotationNewPseudonymsUseTheNewKeyAndOldOnesAreStillRecognised(
            @ForAll("identities") ChannelIdentity identity) {
        PseudonymKey old = PseudonymKey.generate(KeyId.of("2026-01"));
        PseudonymKey next = PseudonymKey.generate(KeyId.of("2026-07"));
        Pseudonym before = Pseudonymiser.of(KeyRing.of(old), PARTICIPATION).pseudonymOf(identity);

        KeyRing rotated = KeyRing.of(old).rotateTo(next);
        Pseudonymiser during = Pseudonymiser.of(rotated, PARTICIPATION);
        Pseudonym after = during.pseudonymOf(identity);

        assertThat(after).isNotEqualTo(before);
        assertThat(during.currentKey()).isEqualTo(next.id());
        assertThat(during.recognise(identity, before)).contains(old.id());
        assertThat(during.recognise(identity, after)).contains(next.id());
        assertThat(during.pseudonymUnder(old.id(), identity)).contains(before);
        assertThat(after).isEqualTo(Pseudonymiser.of(next, PARTICIPATION).pseudonymOf(identity));

        Pseudonymiser retired = Pseudonymiser.of(rotated.retire(old.id()), PARTICIPATION);
        assertThat(retired.recognise(identity, before)).isEmpty();
        assertThat(retired.recognise(identity, after)).contains(next.id());
        assertThat(retired.pseudonymUnder(old.id(), identity)).isEmpty();
    }

    @Property(tries = 100)
    void aPseudonymIsNotRecognisedForAnotherIdentity(
            @ForAll("identities") ChannelIdentity a, @ForAll("identities") ChannelIdentity b) {
        Pseudonymiser pseudonyms = Pseudonymiser.of(PseudonymKey.generate(KeyId.of("k")), PARTICIPATION);
        if (!a.equals(b)) {
            assertThat(pseudonyms.recognise(b, pseudonyms.pseudonymOf(a))).isEmpty();
        }
    }

    @Property(tries = 50)
    void generatedKeysAreNeverEqual(@ForAll @Size(min = 1, max = 1) java.util.List<Integer> ignored) {
        byte[] id = {42};
        assertThat(Pseudonymiser.of(PseudonymKey.generate(KeyId.of("a")), PARTICIPATION)
                        .pseudonymOf(id))
                .isNotEqualTo(Pseudonymiser.of(PseudonymKey.generate(KeyId.of("a")), PARTICIPATION)
                        .pseudonymOf(id));
    }
}
