/** CoAct export: consent- and disclosure-gated open-data release. */
module eu.coact.export {
    requires transitive eu.coact.core;
    requires transitive eu.coact.consent;
    requires transitive eu.coact.anonymise;
    requires transitive eu.coact.content;

    exports eu.coact.export;
    exports eu.coact.export.datapackage;
    exports eu.coact.export.disclosure;
    exports eu.coact.export.indicator;
    exports eu.coact.export.report;
    exports eu.coact.export.deposit;
    exports eu.coact.export.audit;
}
