/** CoAct content: content blocks, microstories, questionnaires, authoring, validation and legacy import. */
module eu.coact.content {
    requires transitive eu.coact.core;
    requires transitive eu.coact.consent;
    requires transitive eu.coact.anonymise;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.hibernate.validator;
    requires transitive jakarta.validation;

    exports eu.coact.content;
    exports eu.coact.content.authoring;
    exports eu.coact.content.legacy;
    exports eu.coact.content.record;

    // Field-level constraints are read reflectively by Hibernate Validator.
    opens eu.coact.content to
            org.hibernate.validator;
}
