package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.ContentBlock;
import eu.coact.content.DisclosureRole;
import eu.coact.content.FreeText;
import eu.coact.content.Message;
import eu.coact.content.SingleChoice;
import eu.coact.content.Study;
import eu.coact.content.TextFormat;
import eu.coact.core.BlockId;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disclosure roles the content declares bind the release configuration. */
class StudyFitRolesTest {

    @TempDir
    Path dir;

    /** The fixture study with roles on its profile and a postcode and a phone question added. */
    private static Study study() {
        Study plain = ReleaseFixture.study();
        ContentBlock profile = plain.block(BlockId.of("profile")).orElseThrow();
        List<Message> messages = new ArrayList<>();
        for (Message m : profile.messages().values()) {
            SingleChoice c = (SingleChoice) m;
            DisclosureRole role = switch (c.variable()) {
                case "gender", "age_band" -> DisclosureRole.QUASI_IDENTIFIER;
                case "lived" -> DisclosureRole.SENSITIVE;
                default -> DisclosureRole.NONE;
            };
            messages.add(new SingleChoice(
                    c.id(),
                    c.text(),
                    c.variable(),
                    c.options(),
                    c.image(),
                    c.pacing(),
                    c.variable().equals("carer") ? eu.coact.content.Next.goTo(MessageId.of("postcode")) : c.next(),
                    c.actions(),
                    c.fills(),
                    role));
        }
        messages.add(new FreeText(
                MessageId.of("postcode"),
                LocalizedText.of("en", "Postcode?", "ca", "Codi postal?"),
                "postcode",
                10,
                TextFormat.POSTCODE,
                Optional.empty(),
                eu.coact.content.Pacing.standard(),
                eu.coact.content.Next.goTo(MessageId.of("phone")),
                List.of(),
                Map.of(),
                DisclosureRole.defaultFor(TextFormat.POSTCODE)));
        messages.add(new FreeText(
                MessageId.of("phone"),
                LocalizedText.of("en", "Phone?", "ca", "Telèfon?"),
                "phone",
                20,
                TextFormat.TEXT,
                Optional.empty(),
                eu.coact.content.Pacing.standard(),
                eu.coact.content.Next.end(),
                List.of(),
                Map.of(),
                DisclosureRole.DIRECT_IDENTIFIER));
        ContentBlock withRoles = ContentBlock.of(
                        profile.id(), profile.kind(), profile.languages(), messages, profile.authorship())
                .withSensitivity(profile.sensitivity());
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>(plain.blocks());
        blocks.put(withRoles.id(), withRoles);
        return new Study(plain.plan(), blocks);
    }

    private List<String> codes(String replace, String with) throws IOException {
        Path folder =
                ReleaseFixture.studyFolder(dir.resolve("s" + Math.abs((replace + with).hashCode())), "2", "refuse", 10);
        Path file = folder.resolve("release.yaml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(replace, with)
                        .replace("breakdowns: [gender, age_band, lived, carer]", "breakdowns: [gender]"));
        ReleaseConfig config = ReleaseConfigReader.read(file).orElseThrow();
        return StudyRelease.configure(config).fit(study()).errors().stream()
                .map(Problem::code)
                .toList();
    }

    @Test
    void aFormattedFreeTextIsAQuasiIdentifierThatMustBeControlledOrWithheld() throws IOException {
        assertThat(codes("sensitive: [lived, carer]", "sensitive: [lived, carer]"))
                .containsExactly("role-not-controlled");
        assertThat(codes("sensitive: [lived, carer]", "sensitive: [lived, carer]\n  withheld: [postcode]"))
                .isEmpty();
    }

    @Test
    void aQuasiIdentifierLeftOutOfTheModelsIsRefused() throws IOException {
        assertThat(codes("    age_band: hierarchies/age_band.csv\n", "")).contains("role-not-controlled");
    }

    @Test
    void aSensitiveAttributeWithoutItsOwnModelIsRefused() throws IOException {
        assertThat(codes("    - distinct-l-diversity: {attribute: lived, l: 2}\n", ""))
                .contains("sensitive-without-model");
    }

    @Test
    void aDirectIdentifierCannotBePublished() throws IOException {
        assertThat(codes("sensitive: [lived, carer]", "sensitive: [lived, carer, phone]\n  withheld: [postcode]"))
                .contains("direct-identifier-published");
    }
}
