package eu.coact.export.report;

/** Shares the sample report with tests in other packages. */
public final class SampleReportAccess {

    private SampleReportAccess() {}

    public static Report create() {
        return SampleReport.create();
    }
}
