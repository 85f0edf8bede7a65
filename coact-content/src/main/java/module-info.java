/** CoAct content: content blocks, microstories, questionnaires, authoring and validation. */
module eu.coact.content {
    requires transitive eu.coact.core;
    requires eu.coact.consent;
    requires eu.coact.anonymise;
    requires org.hibernate.validator;
    requires jakarta.validation;

    exports eu.coact.content.schedule;
}
