package eu.coact.export.deposit;

/** Shares the deposit test samples with tests in other packages. */
public final class DepositMetadataTestAccess {

    private DepositMetadataTestAccess() {}

    public static ReleaseMetadata sample() {
        return DepositMetadataTest.sample();
    }

    public static String sampleYaml() {
        return DepositMetadataTest.SAMPLE_YAML;
    }
}
