package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.Channel;
import eu.coact.consent.ConsentLedger;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.InMemoryJournal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A study on several channels records each participant's transitions with their own channel. */
class ChannelKindsTest {

    private static final Pseudonym ON_WEB = Run.participant(1);
    private static final Pseudonym ON_TELEGRAM = Run.participant(2);
    private static final Pseudonym FORGOTTEN = Run.participant(3);

    @Test
    void eachParticipantsChannelIsTheirOwnAndTheStudysWhereUnknown() {
        ConsentLedger ledger = ConsentLedger.open(new InMemoryJournal(), Consents.POLICY);
        ChannelKinds kinds = p -> p.equals(ON_WEB)
                ? Optional.of(Channel.of("web"))
                : p.equals(ON_TELEGRAM) ? Optional.of(Channel.of("telegram")) : Optional.empty();
        LedgerConsent binding = LedgerConsent.of(ledger, Consents.DOCUMENTS, Channel.of("console"))
                .withChannelKinds(kinds)
                .withAgeDeclaredByConsenting(18);

        assertThat(binding.channelOf(ON_WEB)).isEqualTo(Channel.of("web"));
        assertThat(binding.channelOf(ON_TELEGRAM)).isEqualTo(Channel.of("telegram"));
        assertThat(binding.channelOf(FORGOTTEN)).isEqualTo(Channel.of("console"));
        assertThat(binding.ageByConsenting()).hasValue(18);
    }

    @Test
    void aBindingWithoutKindsRecordsTheStudysChannelForEveryone() {
        ConsentLedger ledger = ConsentLedger.open(new InMemoryJournal(), Consents.POLICY);
        LedgerConsent binding = Consents.binding(ledger);

        assertThat(binding.channelOf(ON_WEB)).isEqualTo(Channel.of("telegram"));
    }
}
