/**
 * CoAct core: shared value types, problems, safe reading of JSON and YAML, the file and CSV
 * toolkit, and the append-only journal.
 */
module eu.coact.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.yaml.snakeyaml;
    requires org.bouncycastle.provider;
    requires transitive java.sql;

    exports eu.coact.core;
    exports eu.coact.core.problem;
    exports eu.coact.core.read;
    exports eu.coact.core.journal;
    exports eu.coact.core.files;
    exports eu.coact.core.csv;
}
