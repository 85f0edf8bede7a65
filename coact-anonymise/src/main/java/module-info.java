/** CoAct anonymise: pseudonyms, identity vault, scrubbing and statistical disclosure control. */
module eu.coact.anonymise {
    requires transitive eu.coact.core;
    requires org.bouncycastle.provider;
    // Only the audit kit uses jqwik (its arbitraries are part of its API), and only auditors' tests
    // run it: static, so an application that never touches the kit needs no jqwik at run time.
    requires static transitive net.jqwik.api;

    exports eu.coact.anonymise.disclosure;
    exports eu.coact.anonymise.audit;
}
