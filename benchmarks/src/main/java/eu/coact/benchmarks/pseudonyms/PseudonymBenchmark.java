package eu.coact.benchmarks.pseudonyms;

import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymDomain;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.anonymise.Pseudonymiser;
import eu.coact.anonymise.internal.HmacSha256;
import eu.coact.core.Pseudonym;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pseudonyms of a 16-byte id per second on one thread, against three HMAC-SHA-256 loops over
 * the same input: the JDK {@code Mac} (the baseline named by the target), Bouncy Castle's
 * {@code HMac} with its precomputed pad states, and the module's own precomputed-state HMAC
 * on the JDK digest.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class PseudonymBenchmark {

    private byte[] id;
    private byte[] out;
    private Mac jdkMac;
    private HMac bcMac;
    private HmacSha256 precomputed;
    private Pseudonymiser pseudonymiser;

    /** Keys and a random 16-byte id. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        id = new byte[16];
        random.nextBytes(id);
        byte[] key = new byte[32];
        random.nextBytes(key);
        out = new byte[32];
        jdkMac = Mac.getInstance("HmacSHA256");
        jdkMac.init(new SecretKeySpec(key, "HmacSHA256"));
        bcMac = new HMac(new SHA256Digest());
        bcMac.init(new KeyParameter(key));
        precomputed = new HmacSha256(key);
        pseudonymiser = Pseudonymiser.of(
                PseudonymKey.of(KeyId.of("bench"), key), PseudonymDomain.of("benchmark-study", "participation"));
    }

    /** Baseline: a bare JDK {@code Mac} HMAC-SHA-256 of the id. */
    @Benchmark
    public byte[] jdkMacBaseline() {
        return jdkMac.doFinal(id);
    }

    /** Bouncy Castle's HMAC-SHA-256 of the id (pure-Java SHA-256, precomputed pads). */
    @Benchmark
    public byte[] bouncyCastleHmac() {
        bcMac.update(id, 0, id.length);
        bcMac.doFinal(out, 0);
        return out;
    }

    /** The module's HMAC: JDK digest, pad states hashed once and cloned per message. */
    @Benchmark
    public byte[] precomputedJdkHmac() {
        precomputed.mac(id, 0, id.length, out, 0);
        return out;
    }

    /** The whole pseudonym: HMAC, base64url and the validated {@link Pseudonym} value. */
    @Benchmark
    public Pseudonym pseudonym() {
        return pseudonymiser.pseudonymOf(id);
    }
}
