/** CoAct engine: the conversation engine, the durable scheduler and the channels. */
module eu.coact.engine {
    requires transitive eu.coact.core;
    requires transitive eu.coact.consent;
    requires transitive eu.coact.anonymise;
    requires transitive eu.coact.content;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports eu.coact.engine;
    exports eu.coact.engine.schedule;
    exports eu.coact.engine.channel;
}
