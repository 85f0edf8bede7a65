/** CoAct export: consent- and disclosure-gated open-data release. */
module eu.coact.export {
    requires transitive eu.coact.core;
    requires eu.coact.consent;
    requires eu.coact.anonymise;
    requires eu.coact.content;
}
