/** CoAct anonymise: pseudonyms, identity vault, scrubbing and statistical disclosure control. */
module eu.coact.anonymise {
    requires transitive eu.coact.core;
    requires org.bouncycastle.provider;

    exports eu.coact.anonymise;
    exports eu.coact.anonymise.scrub;
    exports eu.coact.anonymise.disclosure;
    exports eu.coact.anonymise.audit;
}
