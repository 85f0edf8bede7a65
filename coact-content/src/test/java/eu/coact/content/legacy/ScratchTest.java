package eu.coact.content.legacy;

import eu.coact.content.Examples;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        var without = LegacyImporterTest.importer().importFolder(Examples.legacy("legacy-coactuem-settings"));
        System.out.println("WITHOUT\n" + without.problems().render());
        var mapping = LegacyMapping.read(Examples.example("legacy/settings-mapping.yaml"));
        System.out.println("MAPPING " + mapping.problems().render());
        var with = LegacyImporterTest.importer().withMapping(mapping.orElseThrow())
                .importFolder(Examples.legacy("legacy-coactuem-settings"));
        System.out.println("WITH\n" + with.problems().render());
        var old = LegacyImporterTest.importer().withMapping(LegacyImporterTest.mapping()).importFolder(Examples.legacyFixtures());
        System.out.println("OLD\n" + old.problems().render());
    }
}
