package eu.coact.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.internal.AesGcm;
import eu.coact.anonymise.internal.Bcfks;
import eu.coact.anonymise.internal.HmacSha256;
import eu.coact.anonymise.internal.WrappedKey;
import eu.coact.core.Pseudonym;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written by the previous version of this library (key stores at Bouncy Castle's default
 * of 51,200 PBKDF2 iterations; a vault whose keys were wrapped under a key derived from the
 * master key and whose records carried a lookup tag) still open, and are upgraded: a key ring
 * store on its next save, a vault when it is opened.
 */
class OlderFormatsTest {

    private static final char[] PASSWORD = "ledger quartz umbrella fjord".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aKeyRingStoreWithTheOldDerivationOpensAndIsUpgradedOnTheNextSave() throws Exception {
        Path file = dir.resolve("ring.bcfks");
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 0x5A);
        Files.write(file, oldKeystore(Map.of("ring-000-2025-01", secret)));
        assertThat(Bcfks.protectionOf(file)).isEqualTo(new Bcfks.Protection("PBKDF2", "HMAC-SHA-512", 51_200));
        assertThat(Bcfks.protectionOf(file).current()).isFalse();

        KeyRing ring = KeyRingStore.load(file, PASSWORD);
        assertThat(ring.current().id()).isEqualTo(KeyId.of("2025-01"));
        PseudonymDomain domain = PseudonymDomain.of("s", "p");
        Pseudonym before = Pseudonymiser.of(ring, domain).pseudonymOf(new byte[] {1, 2, 3});
        assertThat(Bcfks.protectionOf(file).iterations()).isEqualTo(51_200);

        KeyRingStore.save(file, ring, PASSWORD);
        assertThat(Bcfks.protectionOf(file))
                .isEqualTo(new Bcfks.Protection("PBKDF2", "HMAC-SHA-512", Bcfks.ITERATIONS));
        assertThat(Bcfks.ITERATIONS).isGreaterThanOrEqualTo(210_000);
        assertThat(Pseudonymiser.of(KeyRingStore.load(file, PASSWORD), domain).pseudonymOf(new byte[] {1, 2, 3}))
                .isEqualTo(before);
    }

    @Test
    void aVaultOfThePreviousFormatOpensIsMovedToEpochsAndForgetsForGood() throws Exception {
        Path vault = dir.resolve("vault");
        ChannelIdentity anna = ChannelIdentity.of("telegram", "918273645");
        ChannelIdentity bert = ChannelIdentity.of("telegram", "918273646");
        Pseudonym annaP = Pseudonym.of("a".repeat(43));
        Pseudonym bertP = Pseudonym.of("b".repeat(43));
        byte[] master = new byte[32];
        Arrays.fill(master, (byte) 7);
        writePreviousFormat(vault, master, Map.of(annaP, anna, bertP, bert));
        Path annaKey = vault.resolve("keys").resolve(annaP.value() + ".key");
        byte[] annaOldKey = Files.readAllBytes(annaKey);

        try (IdentityVault opened = IdentityVault.openWithPassword(vault, PASSWORD)) {
            assertThat(opened.identityOf(annaP)).contains(anna);
            assertThat(opened.find(bert)).contains(bertP);
            assertThat(WrappedKey.epochOf(Files.readAllBytes(annaKey))).isPresent();
            assertThat(Files.readAllBytes(vault.resolve("participants").resolve(annaP.value() + ".id"))[0])
                    .isEqualTo((byte) 2);
            assertThat(Bcfks.protectionOf(vault.resolve("vault.bcfks")).current())
                    .isTrue();
            assertThat(opened.forget(annaP)).isTrue();
        }
        // The previous format's key file, restored, opens under nothing the live store holds.
        Files.write(annaKey, annaOldKey);
        assertThat(SearchBytes.findAll(vault, SearchBytes.derivedWithoutKey("telegram", anna.reveal())))
                .isEmpty();
        try (IdentityVault opened =
                IdentityVault.openWithPassword(vault.resolve("..").resolve("vault"), PASSWORD)) {
            throw new AssertionError("a stale key file must stop the vault from opening, not be read");
        } catch (IdentityVaultException e) {
            assertThat(e.reason()).isEqualTo(IdentityVaultException.Reason.DAMAGED);
        }
    }

    /** What the previous version wrote, rebuilt from its format description. */
    private static void writePreviousFormat(Path vault, byte[] master, Map<Pseudonym, ChannelIdentity> people)
            throws Exception {
        Files.createDirectories(vault.resolve("keys"));
        Files.createDirectories(vault.resolve("participants"));
        Files.write(vault.resolve("vault.bcfks"), oldKeystore(Map.of("vault-master", master)));
        HmacSha256 derive = new HmacSha256(master);
        byte[] wrap = derive.mac("coact/vault/v1/wrap".getBytes(StandardCharsets.US_ASCII));
        HmacSha256 lookup = new HmacSha256(derive.mac("coact/vault/v1/lookup".getBytes(StandardCharsets.US_ASCII)));
        byte[] check = "coact identity vault v1".getBytes(StandardCharsets.US_ASCII);
        Files.write(vault.resolve("vault.check"), AesGcm.seal(wrap, check, check));
        for (Map.Entry<Pseudonym, ChannelIdentity> person : people.entrySet()) {
            String p = person.getKey().value();
            byte[] dataKey = new byte[32];
            Arrays.fill(dataKey, (byte) p.charAt(0));
            Files.write(
                    vault.resolve("keys").resolve(p + ".key"),
                    AesGcm.seal(wrap, dataKey, ("coact/vault/v1/key/" + p).getBytes(StandardCharsets.US_ASCII)));
            byte[] tag = lookup.mac(person.getValue().encoded());
            byte[] prefix = ("coact/vault/v1/record/" + p + "/").getBytes(StandardCharsets.US_ASCII);
            byte[] context = Arrays.copyOf(prefix, prefix.length + tag.length);
            System.arraycopy(tag, 0, context, prefix.length, tag.length);
            byte[] sealed = AesGcm.seal(dataKey, person.getValue().encoded(), context);
            Files.write(
                    vault.resolve("participants").resolve(p + ".id"),
                    ByteBuffer.allocate(1 + tag.length + sealed.length)
                            .put((byte) 1)
                            .put(tag)
                            .put(sealed)
                            .array());
        }
    }

    /** A keystore as the previous version wrote it: Bouncy Castle's defaults. */
    private static byte[] oldKeystore(Map<String, byte[]> entries) throws Exception {
        KeyStore store = KeyStore.getInstance("BCFKS", new BouncyCastleProvider());
        store.load(null, null);
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            store.setEntry(
                    entry.getKey(),
                    new KeyStore.SecretKeyEntry(new SecretKeySpec(entry.getValue(), "HmacSHA256")),
                    new KeyStore.PasswordProtection(PASSWORD));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD);
        return out.toByteArray();
    }
}
