package eu.coact.export.audit;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of an audit: the checks that ran and every finding; the release passes when
 * there is none. Immutable.
 *
 * @param checks   the checks that ran, in order
 * @param findings what they found
 */
public record AuditReport(List<String> checks, List<AuditFinding> findings) {

    /** Copies the lists. */
    public AuditReport {
        checks = List.copyOf(checks);
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /** True when no check found anything. */
    public boolean passed() {
        return findings.isEmpty();
    }

    /** The verdict followed by each finding, for a terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(passed() ? "PASSED" : "FAILED")
                .append(": ")
                .append(findings.size())
                .append(" finding(s) from ")
                .append(checks.size())
                .append(" checks (")
                .append(String.join(", ", checks))
                .append(")\n");
        findings.forEach(f -> out.append("  ").append(f.render()).append('\n'));
        return out.toString();
    }
}
