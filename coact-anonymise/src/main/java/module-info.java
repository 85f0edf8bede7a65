/** CoAct anonymise: pseudonyms, identity vault, scrubbing and statistical disclosure control. */
module eu.coact.anonymise {
    requires transitive eu.coact.core;
    requires org.bouncycastle.provider;
    // Only the audit kit uses jqwik, and only auditors' tests run it. Not "transitive": that would
    // force the optional jqwik onto every module that uses this one (see DisclosureArbitraries).
    requires static net.jqwik.api;

    exports eu.coact.anonymise;
    exports eu.coact.anonymise.scrub;
    exports eu.coact.anonymise.disclosure;
    exports eu.coact.anonymise.audit;
}
