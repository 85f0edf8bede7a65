/** CoAct consent: documents, purposes, lifecycle, ledger, receipts, withdrawal and erasure. */
module eu.coact.consent {
    requires transitive eu.coact.core;

    exports eu.coact.consent;
}
