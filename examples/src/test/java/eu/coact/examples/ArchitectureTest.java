package eu.coact.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of DESIGN.md, checked on the compiled classes of every module: core at
 * the bottom, consent and anonymise on core alone, content on those, the engine on content, export
 * on content and never on the engine, and no cycle between packages anywhere.
 */
class ArchitectureTest {

    private static JavaClasses sdk;

    @BeforeAll
    static void importEveryModule() {
        sdk = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("eu.coact");
        // Guards against a vacuous pass: the library modules come as folders of the reactor build.
        if (sdk.stream().noneMatch(c -> c.getPackageName().startsWith("eu.coact.core"))) {
            sdk = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("eu.coact");
        }
    }

    @Test
    void everyModuleIsImported() {
        for (String module : new String[] {"core", "consent", "anonymise", "content", "engine", "export", "examples"}) {
            org.assertj.core.api.Assertions.assertThat(
                            sdk.stream().anyMatch(c -> c.getPackageName().startsWith("eu.coact." + module)))
                    .as("classes of eu.coact.%s", module)
                    .isTrue();
        }
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("eu.coact.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "eu.coact.consent..",
                        "eu.coact.anonymise..",
                        "eu.coact.content..",
                        "eu.coact.engine..",
                        "eu.coact.export..",
                        "eu.coact.examples..")
                .check(sdk);
    }

    @Test
    void consentAndAnonymiseStandAloneOnCore() {
        noClasses()
                .that()
                .resideInAPackage("eu.coact.consent..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "eu.coact.anonymise..",
                        "eu.coact.content..",
                        "eu.coact.engine..",
                        "eu.coact.export..",
                        "eu.coact.examples..")
                .check(sdk);
        noClasses()
                .that()
                .resideInAPackage("eu.coact.anonymise..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "eu.coact.consent..",
                        "eu.coact.content..",
                        "eu.coact.engine..",
                        "eu.coact.export..",
                        "eu.coact.examples..")
                .check(sdk);
    }

    @Test
    void contentSaysWhatIsSaidAndKnowsNothingOfTheEngine() {
        noClasses()
                .that()
                .resideInAPackage("eu.coact.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("eu.coact.engine..", "eu.coact.export..", "eu.coact.examples..")
                .check(sdk);
    }

    @Test
    void theEngineDoesNotReachUpToExportOrTheCommand() {
        noClasses()
                .that()
                .resideInAPackage("eu.coact.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("eu.coact.export..", "eu.coact.examples..")
                .check(sdk);
    }

    @Test
    void exportReadsContentAndTheJournalNeverTheEngine() {
        noClasses()
                .that()
                .resideInAPackage("eu.coact.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("eu.coact.engine..", "eu.coact.examples..")
                .check(sdk);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        for (String module : new String[] {"core", "consent", "anonymise", "content", "engine", "export"}) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("eu.coact." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("eu.coact." + module + "..internal..")
                    .check(sdk);
        }
    }

    @Test
    void productionModulesCarryNoTestLibrary() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "eu.coact.core..",
                        "eu.coact.consent..",
                        "eu.coact.anonymise..",
                        "eu.coact.content..",
                        "eu.coact.engine..",
                        "eu.coact.export..",
                        "eu.coact.examples..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.jqwik..", "org.junit..", "org.assertj..", "eu.coact.testkit..")
                .check(sdk);
    }

    /**
     * No public method or public constructor of a public type outside an {@code internal} package
     * takes more than five parameters: past that, a call is a row of positional values that a
     * reader cannot check, and the house style is a builder or a parameter record. A record's
     * canonical constructor is excluded: its parameters are the record's components, which is
     * what a parameter record is for.
     */
    @Test
    void noPublicMethodOrConstructorTakesMoreThanFiveParameters() {
        codeUnits()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("..internal..")
                .should(takeAtMostFiveParametersUnlessARecordsCanonicalConstructor())
                .check(sdk);
    }

    private static ArchCondition<JavaCodeUnit> takeAtMostFiveParametersUnlessARecordsCanonicalConstructor() {
        return new ArchCondition<>("take at most five parameters (a record's canonical constructor excepted)") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                int count = unit.getRawParameterTypes().size();
                if (count <= 5 || unit.getModifiers().contains(JavaModifier.SYNTHETIC) || isCanonical(unit)) {
                    return;
                }
                events.add(SimpleConditionEvent.violated(
                        unit, unit.getFullName() + " takes " + count + " parameters " + unit.getSourceCodeLocation()));
            }
        };
    }

    private static boolean isCanonical(JavaCodeUnit unit) {
        JavaClass owner = unit.getOwner();
        if (!unit.isConstructor() || !owner.isRecord()) {
            return false;
        }
        Class<?>[] components = Arrays.stream(owner.reflect().getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return unit.getRawParameterTypes().stream()
                .map(JavaClass::reflect)
                .toList()
                .equals(Arrays.asList(components));
    }

    /**
     * A package and its {@code internal} package are one unit (the API uses its implementation and
     * the implementation returns API values); between units there is no cycle.
     */
    @Test
    void noCycleBetweenPackages() {
        slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        String name = javaClass.getPackageName();
                        if (!name.startsWith("eu.coact.")) {
                            return SliceIdentifier.ignore();
                        }
                        return SliceIdentifier.of(name.replaceAll("\\.internal(\\..*)?$", ""));
                    }

                    @Override
                    public String getDescription() {
                        return "packages of eu.coact, each with its internal package";
                    }
                })
                .should()
                .beFreeOfCycles()
                .check(sdk);
    }
}
