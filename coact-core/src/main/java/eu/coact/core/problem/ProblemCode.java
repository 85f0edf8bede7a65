package eu.coact.core.problem;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of problem codes: every code a {@link Problem} may carry, each with one meaning
 * and one spelling, stable across releases so that programs reading {@code coact validate --json}
 * can rely on them. {@link Problem} refuses any code that is not here, so a code cannot be emitted
 * without being documented; the list is published in {@code docs/problem-codes.md}, generated from
 * this enum by a test that fails when the document is out of date.
 *
 * <p>To add a code: add a constant here with a one-sentence description (reuse an existing code
 * when the meaning is the same), then regenerate the document.
 */
public enum ProblemCode {

    /** A value in a data file is above the field's maximum. */
    ABOVE_MAXIMUM("above-maximum", "A value in a data file is above the field's maximum."),
    /** An answer code in the release configuration matches more than one answer. */
    AMBIGUOUS_CODE("ambiguous-code", "An answer code in the release configuration matches more than one answer."),
    /** The release configuration names a participant attribute that the data does not have. */
    ATTRIBUTE_MISSING(
            "attribute-missing",
            "The release configuration names a participant attribute that the data does not have."),
    /** A value in a data file is below the field's minimum. */
    BELOW_MINIMUM("below-minimum", "A value in a data file is below the field's minimum."),
    /** No path from a block's entry message reaches the end of the block. */
    BLOCK_NEVER_ENDS("block-never-ends", "No path from a block's entry message reaches the end of the block."),
    /** A branch on an answer does not say where every possible answer goes. */
    BRANCH_NOT_COVERING("branch-not-covering", "A branch on an answer does not say where every possible answer goes."),
    /** A message branches on its own answer but asks no single-choice or free-text question. */
    BRANCH_WITHOUT_ANSWER(
            "branch-without-answer",
            "A message branches on its own answer but asks no single-choice or free-text question."),
    /** A column of a table has no role (identifier, quasi-identifier, sensitive or other). */
    COLUMN_WITHOUT_ROLE(
            "column-without-role",
            "A column of a table has no role (identifier, quasi-identifier, sensitive or other)."),
    /** The consent folder holds no consent document. */
    CONSENT_DIRECTORY_EMPTY("consent-directory-empty", "The consent folder holds no consent document."),
    /** The study has no consent folder. */
    CONSENT_DIRECTORY_MISSING("consent-directory-missing", "The study has no consent folder."),
    /** The consent folder cannot be listed. */
    CONSENT_DIRECTORY_UNREADABLE("consent-directory-unreadable", "The consent folder cannot be listed."),
    /** Two consent documents have the same id, version, language and role. */
    CONSENT_DOCUMENT_DUPLICATE(
            "consent-document-duplicate", "Two consent documents have the same id, version, language and role."),
    /** A consent document is neither Markdown with a front matter nor YAML or JSON. */
    CONSENT_DOCUMENT_FORMAT(
            "consent-document-format", "A consent document is neither Markdown with a front matter nor YAML or JSON."),
    /** A consent document's fields are not a mapping of names to values. */
    CONSENT_DOCUMENT_SHAPE(
            "consent-document-shape", "A consent document's fields are not a mapping of names to values."),
    /** A consent document's effective date is not a date such as 2024-03-01. */
    CONSENT_EFFECTIVE_INVALID(
            "consent-effective-invalid", "A consent document's effective date is not a date such as 2024-03-01."),
    /** A consent document's file field does not name a file of an accepted kind inside the media folder. */
    CONSENT_FILE_INVALID(
            "consent-file-invalid",
            "A consent document's file field does not name a file of an accepted kind inside the media folder."),
    /** The file a consent document names is not in the study's media folder. */
    CONSENT_FILE_MISSING(
            "consent-file-missing", "The file a consent document names is not in the study's media folder."),
    /** The file a consent document names is a link, not a regular file, outside the media folder or too large. */
    CONSENT_FILE_UNSAFE(
            "consent-file-unsafe",
            "The file a consent document names is a link, not a regular file, outside the media folder or too large."),
    /** A Markdown consent document's front matter has no fields. */
    CONSENT_FRONT_MATTER_EMPTY(
            "consent-front-matter-empty", "A Markdown consent document's front matter has no fields."),
    /** A Markdown consent document does not start with a YAML front matter. */
    CONSENT_FRONT_MATTER_MISSING(
            "consent-front-matter-missing", "A Markdown consent document does not start with a YAML front matter."),
    /** A Markdown consent document's front matter is never closed with '---'. */
    CONSENT_FRONT_MATTER_UNCLOSED(
            "consent-front-matter-unclosed", "A Markdown consent document's front matter is never closed with '---'."),
    /** A consent document's id is not a valid id. */
    CONSENT_ID_INVALID("consent-id-invalid", "A consent document's id is not a valid id."),
    /** A consent document's language is not a language tag. */
    CONSENT_LANGUAGE_INVALID("consent-language-invalid", "A consent document's language is not a language tag."),
    /** A purpose is declared mandatory but is not among the document's purposes. */
    CONSENT_MANDATORY_NOT_LISTED(
            "consent-mandatory-not-listed",
            "A purpose is declared mandatory but is not among the document's purposes."),
    /** A value of the consent policy is outside what it may be (e.g. jurisdiction, minimum age). */
    CONSENT_POLICY_INVALID(
            "consent-policy-invalid",
            "A value of the consent policy is outside what it may be (e.g. jurisdiction, minimum age)."),
    /** The consent policy is not a mapping of names to values. */
    CONSENT_POLICY_SHAPE("consent-policy-shape", "The consent policy is not a mapping of names to values."),
    /** A purpose is listed twice. */
    CONSENT_PURPOSE_REPEATED("consent-purpose-repeated", "A purpose is listed twice."),
    /** A consent text names a purpose that the study does not have. */
    CONSENT_PURPOSE_UNKNOWN("consent-purpose-unknown", "A consent text names a purpose that the study does not have."),
    /** A list of purposes is not written as purpose names. */
    CONSENT_PURPOSES_INVALID("consent-purposes-invalid", "A list of purposes is not written as purpose names."),
    /** A consent document names a participation role that does not exist. */
    CONSENT_ROLE_UNKNOWN("consent-role-unknown", "A consent document names a participation role that does not exist."),
    /** A consent document has no text for participants to read. */
    CONSENT_TEXT_MISSING("consent-text-missing", "A consent document has no text for participants to read."),
    /** Translations of one consent document differ in role, version, date, purposes or in having a file. */
    CONSENT_TRANSLATION_MISMATCH(
            "consent-translation-mismatch",
            "Translations of one consent document differ in role, version, date, purposes or in having a file."),
    /** A consent document's version is not a whole number from 1 upwards. */
    CONSENT_VERSION_INVALID(
            "consent-version-invalid", "A consent document's version is not a whole number from 1 upwards."),
    /** A block's entry message does not exist. */
    DANGLING_ENTRY("dangling-entry", "A block's entry message does not exist."),
    /** A message leads to a message that does not exist. */
    DANGLING_NEXT("dangling-next", "A message leads to a message that does not exist."),
    /** A story names a message that tells it, which its block does not have. */
    DANGLING_STORY_MESSAGE(
            "dangling-story-message", "A story names a message that tells it, which its block does not have."),
    /** The release configuration publishes a question the content marks as a direct identifier. */
    DIRECT_IDENTIFIER_PUBLISHED(
            "direct-identifier-published",
            "The release configuration publishes a question the content marks as a direct identifier."),
    /** The document is empty. */
    DOCUMENT_EMPTY("document-empty", "The document is empty."),
    /** The file is larger than the reader accepts. */
    DOCUMENT_TOO_LARGE("document-too-large", "The file is larger than the reader accepts."),
    /** A participant attribute is named twice. */
    DUPLICATE_ATTRIBUTE("duplicate-attribute", "A participant attribute is named twice."),
    /** Two blocks have the same id. */
    DUPLICATE_BLOCK("duplicate-block", "Two blocks have the same id."),
    /** Two entries that must have different ids have the same one. */
    DUPLICATE_ID("duplicate-id", "Two entries that must have different ids have the same one."),
    /** A key appears twice in the same mapping. */
    DUPLICATE_KEY("duplicate-key", "A key appears twice in the same mapping."),
    /** A language is written twice in one localized text. */
    DUPLICATE_LANGUAGE("duplicate-language", "A language is written twice in one localized text."),
    /** A value that must be unique appears twice. */
    DUPLICATE_VALUE("duplicate-value", "A value that must be unique appears twice."),
    /** Two messages store their answer in the same variable. */
    DUPLICATE_VARIABLE("duplicate-variable", "Two messages store their answer in the same variable."),
    /** A text is present but blank; write a text or leave the field out. */
    EMPTY_TEXT("empty-text", "A text is present but blank; write a text or leave the field out."),
    /** A file is a symbolic link; links are never followed, so nothing is read through it. */
    FILE_IS_LINK("file-is-link", "A file is a symbolic link; links are never followed, so nothing is read through it."),
    /** A file that is named or expected does not exist. */
    FILE_NOT_FOUND("file-not-found", "A file that is named or expected does not exist."),
    /** Where a file is expected there is a folder, a device, a FIFO or a socket, which is not read. */
    FILE_NOT_REGULAR(
            "file-not-regular",
            "Where a file is expected there is a folder, a device, a FIFO or a socket, which is not read."),
    /** A file is not valid UTF-8 text. */
    FILE_NOT_UTF8("file-not-utf8", "A file is not valid UTF-8 text."),
    /** A resource points outside the package folder. */
    FILE_OUTSIDE_PACKAGE("file-outside-package", "A resource points outside the package folder."),
    /** A file or folder exists but cannot be read. */
    FILE_UNREADABLE("file-unreadable", "A file or folder exists but cannot be read."),
    /** A free-text question does not say where the conversation goes next. */
    FREE_TEXT_WITHOUT_CONTINUATION(
            "free-text-without-continuation", "A free-text question does not say where the conversation goes next."),
    /** A legacy rhythm in hours is not a whole number a day or week; it is imported as the nearest. */
    FREQUENCY_APPROXIMATED(
            "frequency-approximated",
            "A legacy rhythm in hours is not a whole number a day or week; it is imported as the nearest."),
    /** A legacy frequency button stores hours that mean another frequency than its label says. */
    FREQUENCY_LABEL_MISMATCH(
            "frequency-label-mismatch",
            "A legacy frequency button stores hours that mean another frequency than its label says."),
    /** A gazetteer has neither names nor places. */
    GAZETTEER_EMPTY("gazetteer-empty", "A gazetteer has neither names nor places."),
    /** A gazetteer entry is blank. */
    GAZETTEER_ENTRY_BLANK("gazetteer-entry-blank", "A gazetteer entry is blank."),
    /** A gazetteer entry contains control characters or line breaks. */
    GAZETTEER_ENTRY_CHARACTERS(
            "gazetteer-entry-characters", "A gazetteer entry contains control characters or line breaks."),
    /** The same entry is listed both as a name and as a place. */
    GAZETTEER_ENTRY_NAME_AND_PLACE(
            "gazetteer-entry-name-and-place", "The same entry is listed both as a name and as a place."),
    /** A gazetteer entry is not a text. */
    GAZETTEER_ENTRY_NOT_TEXT("gazetteer-entry-not-text", "A gazetteer entry is not a text."),
    /** A gazetteer entry is listed twice. */
    GAZETTEER_ENTRY_REPEATED("gazetteer-entry-repeated", "A gazetteer entry is listed twice."),
    /** A gazetteer entry is longer than allowed. */
    GAZETTEER_ENTRY_TOO_LONG("gazetteer-entry-too-long", "A gazetteer entry is longer than allowed."),
    /** A gazetteer entry is too short to be matched safely. */
    GAZETTEER_ENTRY_TOO_SHORT("gazetteer-entry-too-short", "A gazetteer entry is too short to be matched safely."),
    /** A gazetteer's 'names' or 'places' is not a list. */
    GAZETTEER_NOT_A_LIST("gazetteer-not-a-list", "A gazetteer's 'names' or 'places' is not a list."),
    /** A gazetteer is not a mapping with the lists 'names' and 'places'. */
    GAZETTEER_NOT_A_MAPPING(
            "gazetteer-not-a-mapping", "A gazetteer is not a mapping with the lists 'names' and 'places'."),
    /** A gazetteer has a list other than 'names' and 'places'. */
    GAZETTEER_UNKNOWN_LIST("gazetteer-unknown-list", "A gazetteer has a list other than 'names' and 'places'."),
    /** A data file's header does not match its schema's fields. */
    HEADER_MISMATCH("header-mismatch", "A data file's header does not match its schema's fields."),
    /** A generalisation hierarchy has a blank label. */
    HIERARCHY_BLANK_LABEL("hierarchy-blank-label", "A generalisation hierarchy has a blank label."),
    /** A hierarchy file disagrees with the hierarchy given for the same attribute elsewhere. */
    HIERARCHY_CONFLICT(
            "hierarchy-conflict",
            "A hierarchy file disagrees with the hierarchy given for the same attribute elsewhere."),
    /** A hierarchy lists an original value twice. */
    HIERARCHY_DUPLICATE_VALUE("hierarchy-duplicate-value", "A hierarchy lists an original value twice."),
    /** A hierarchy has no values. */
    HIERARCHY_EMPTY("hierarchy-empty", "A hierarchy has no values."),
    /** Rows of a hierarchy have different numbers of levels. */
    HIERARCHY_INCONSISTENT_LEVELS(
            "hierarchy-inconsistent-levels", "Rows of a hierarchy have different numbers of levels."),
    /** A hierarchy's last level has more than one value. */
    HIERARCHY_SEVERAL_ROOTS("hierarchy-several-roots", "A hierarchy's last level has more than one value."),
    /** A value of a hierarchy has two different parents. */
    HIERARCHY_TWO_PARENTS("hierarchy-two-parents", "A value of a hierarchy has two different parents."),
    /** A group of a YAML hierarchy has no values. */
    HIERARCHY_YAML_EMPTY_GROUP("hierarchy-yaml-empty-group", "A group of a YAML hierarchy has no values."),
    /** A list in a YAML hierarchy holds something other than original values. */
    HIERARCHY_YAML_LEAF(
            "hierarchy-yaml-leaf", "A list in a YAML hierarchy holds something other than original values."),
    /** A YAML hierarchy does not start with exactly one root. */
    HIERARCHY_YAML_ROOT("hierarchy-yaml-root", "A YAML hierarchy does not start with exactly one root."),
    /** A block's id is not the name of the file it is in. */
    ID_NOT_FILE_NAME("id-not-file-name", "A block's id is not the name of the file it is in."),
    /** A data package's descriptor and files disagree. */
    INCONSISTENT_PACKAGE("inconsistent-package", "A data package's descriptor and files disagree."),
    /** A field's constraints in a table schema are not valid. */
    INVALID_CONSTRAINTS("invalid-constraints", "A field's constraints in a table schema are not valid."),
    /** A contributor of a data package is not valid. */
    INVALID_CONTRIBUTOR("invalid-contributor", "A contributor of a data package is not valid."),
    /** A data package's creation time is not an ISO 8601 date-time. */
    INVALID_CREATED("invalid-created", "A data package's creation time is not an ISO 8601 date-time."),
    /** A creator of a release is not valid. */
    INVALID_CREATOR("invalid-creator", "A creator of a release is not valid."),
    /** A date is not written year-month-day. */
    INVALID_DATE("invalid-date", "A date is not written year-month-day."),
    /** A DOI is not written like 10.5281/zenodo.1234567. */
    INVALID_DOI("invalid-doi", "A DOI is not written like 10.5281/zenodo.1234567."),
    /** An allowed value of a field does not fit the field's type. */
    INVALID_ENUM_VALUE("invalid-enum-value", "An allowed value of a field does not fit the field's type."),
    /** A field name of a table schema is not valid. */
    INVALID_FIELD_NAME("invalid-field-name", "A field name of a table schema is not valid."),
    /** A fill (text depending on an answer) is not written correctly. */
    INVALID_FILL("invalid-fill", "A fill (text depending on an answer) is not written correctly."),
    /** A foreign key of a table schema is not valid. */
    INVALID_FOREIGN_KEY("invalid-foreign-key", "A foreign key of a table schema is not valid."),
    /** A delivery frequency is not one of those allowed. */
    INVALID_FREQUENCY("invalid-frequency", "A delivery frequency is not one of those allowed."),
    /** A hierarchy file cannot be used. */
    INVALID_HIERARCHY("invalid-hierarchy", "A hierarchy file cannot be used."),
    /** An id is not valid (letters, digits, '_' and '-'). */
    INVALID_ID("invalid-id", "An id is not valid (letters, digits, '_' and '-')."),
    /** A language tag is not valid. */
    INVALID_LANGUAGE("invalid-language", "A language tag is not valid."),
    /** A licence is neither a known SPDX id nor a mapping with id, url and title. */
    INVALID_LICENCE("invalid-licence", "A licence is neither a known SPDX id nor a mapping with id, url and title."),
    /** Release metadata cannot be built from the values given. */
    INVALID_METADATA("invalid-metadata", "Release metadata cannot be built from the values given."),
    /** A short-form microstory cannot be expanded with the study's pattern. */
    INVALID_MICROSTORY("invalid-microstory", "A short-form microstory cannot be expanded with the study's pattern."),
    /** A privacy model is not written as one of the known models. */
    INVALID_MODEL("invalid-model", "A privacy model is not written as one of the known models."),
    /** A name is not written as required (e.g. a package name in lower case). */
    INVALID_NAME("invalid-name", "A name is not written as required (e.g. a package name in lower case)."),
    /** An ORCID iD is not valid (wrong form or check digit). */
    INVALID_ORCID("invalid-orcid", "An ORCID iD is not valid (wrong form or check digit)."),
    /** A pattern constraint is not a valid regular expression. */
    INVALID_PATTERN("invalid-pattern", "A pattern constraint is not a valid regular expression."),
    /** A purpose id is not valid. */
    INVALID_PURPOSE("invalid-purpose", "A purpose id is not valid."),
    /** A resource of a data package is not valid. */
    INVALID_RESOURCE("invalid-resource", "A resource of a data package is not valid."),
    /** A message saves an answer but has no variable to save it in. */
    INVALID_SAVE("invalid-save", "A message saves an answer but has no variable to save it in."),
    /** A table schema is not valid. */
    INVALID_SCHEMA("invalid-schema", "A table schema is not valid."),
    /** A source of a data package is not valid. */
    INVALID_SOURCE("invalid-source", "A source of a data package is not valid."),
    /** A value in a data file is not of its field's type. */
    INVALID_TYPE("invalid-type", "A value in a data file is not of its field's type."),
    /** A web address does not start with http:// or https://. */
    INVALID_URL("invalid-url", "A web address does not start with http:// or https://."),
    /** A value is not valid where it is written. */
    INVALID_VALUE("invalid-value", "A value is not valid where it is written."),
    /** A variable name is not valid. */
    INVALID_VARIABLE("invalid-variable", "A variable name is not valid."),
    /** A wait is not between 0 seconds and 24 hours. */
    INVALID_WAIT("invalid-wait", "A wait is not between 0 seconds and 24 hours."),
    /** The journal a release would be made from does not verify (its chain or signed checkpoints are broken). */
    JOURNAL_DOES_NOT_VERIFY(
            "journal-does-not-verify",
            "The journal a release would be made from does not verify (its chain or signed checkpoints are broken)."),
    /** The hierarchies give more generalisations than can be searched. */
    LATTICE_TOO_LARGE("lattice-too-large", "The hierarchies give more generalisations than can be searched."),
    /** Legacy HTML that has no counterpart in the content markup was dropped or repaired (its text is kept). */
    LEGACY_HTML(
            "legacy-html",
            "Legacy HTML that has no counterpart in the content markup was dropped or repaired (its text is kept)."),
    /** The document exceeds a safety limit (size, depth, text, key or number length, values, line length, memory). */
    LIMIT_EXCEEDED(
            "limit-exceeded",
            "The document exceeds a safety limit (size, depth, text, key or number length, values, line length, memory)."),
    /** A CSV file is not well-formed RFC 4180. */
    MALFORMED_CSV("malformed-csv", "A CSV file is not well-formed RFC 4180."),
    /** A link in formatted text is not written as [label](https://…) with an http or https address. */
    MARKUP_LINK(
            "markup-link",
            "A link in formatted text is not written as [label](https://…) with an http or https address."),
    /** Bold, italic or a link in formatted text is opened and not closed, or closed and not opened. */
    MARKUP_UNBALANCED(
            "markup-unbalanced",
            "Bold, italic or a link in formatted text is opened and not closed, or closed and not opened."),
    /** Formatted text uses markup the content markup does not define. */
    MARKUP_UNKNOWN("markup-unknown", "Formatted text uses markup the content markup does not define."),
    /** A media file name differs from the name used in content only by Unicode normalisation. */
    MEDIA_NAME_NORMALISATION(
            "media-name-normalisation",
            "A media file name differs from the name used in content only by Unicode normalisation."),
    /** A media file name is not in Unicode NFC form. */
    MEDIA_NAME_NOT_NFC("media-name-not-nfc", "A media file name is not in Unicode NFC form."),
    /** An image has no alternative text in some language. */
    MISSING_ALT_TEXT("missing-alt-text", "An image has no alternative text in some language."),
    /** A block says nothing about who wrote it. */
    MISSING_AUTHORSHIP("missing-authorship", "A block says nothing about who wrote it."),
    /** A study folder has no blocks/ folder. */
    MISSING_BLOCKS_FOLDER("missing-blocks-folder", "A study folder has no blocks/ folder."),
    /** A data file lacks a column of its schema. */
    MISSING_COLUMN("missing-column", "A data file lacks a column of its schema."),
    /** A free-text message does not say where the conversation goes next. */
    MISSING_CONTINUATION("missing-continuation", "A free-text message does not say where the conversation goes next."),
    /** A folder has no datapackage.json. */
    MISSING_DESCRIPTOR("missing-descriptor", "A folder has no datapackage.json."),
    /** A required field or value is absent (or written as null). */
    MISSING_FIELD("missing-field", "A required field or value is absent (or written as null)."),
    /** A folder that must exist does not. */
    MISSING_FOLDER("missing-folder", "A folder that must exist does not."),
    /** A data file has no header line. */
    MISSING_HEADER("missing-header", "A data file has no header line."),
    /** Content about suicide or self-harm is not followed by a message with help. */
    MISSING_HELP_NOTE(
            "missing-help-note", "Content about suicide or self-harm is not followed by a message with help."),
    /** A study language has no system texts, command words and topics, shipped or in the study folder. */
    MISSING_LANGUAGE(
            "missing-language",
            "A study language has no system texts, command words and topics, shipped or in the study folder."),
    /** A study language lacks one of the system texts, command words or topics the conversation needs. */
    MISSING_LANGUAGE_TEXT(
            "missing-language-text",
            "A study language lacks one of the system texts, command words or topics the conversation needs."),
    /** A media file named in content does not exist. */
    MISSING_MEDIA("missing-media", "A media file named in content does not exist."),
    /** A story kind that needs the story's own answers has none. */
    MISSING_OPTIONS("missing-options", "A story kind that needs the story's own answers has none."),
    /** A short-form microstory has no question pattern to take its questions from. */
    MISSING_PATTERN("missing-pattern", "A short-form microstory has no question pattern to take its questions from."),
    /** A profile question has no "I'd rather not answer" option while other questions of its block have one. */
    MISSING_RATHER_NOT_ANSWER(
            "missing-rather-not-answer",
            "A profile question has no \"I'd rather not answer\" option while other questions of its block have one."),
    /** A foreign key has no reference. */
    MISSING_REFERENCE("missing-reference", "A foreign key has no reference."),
    /** A resource has no inline table schema. */
    MISSING_SCHEMA("missing-schema", "A resource has no inline table schema."),
    /** A legacy folder has no sequence.txt. */
    MISSING_SEQUENCE("missing-sequence", "A legacy folder has no sequence.txt."),
    /** A legacy microstory's teller and social environment are not given in the mapping file. */
    MISSING_STORY_DETAILS(
            "missing-story-details",
            "A legacy microstory's teller and social environment are not given in the mapping file."),
    /** A study folder has no study.yaml. */
    MISSING_STUDY_FILE("missing-study-file", "A study folder has no study.yaml."),
    /** A study lacks its welcome block, the one system block every study needs. */
    MISSING_SYSTEM_BLOCK(
            "missing-system-block", "A study lacks its welcome block, the one system block every study needs."),
    /** A text is missing in a language the block declares. */
    MISSING_TRANSLATION("missing-translation", "A text is missing in a language the block declares."),
    /** An entry is both a person and an organisation. */
    MIXED_CREATOR("mixed-creator", "An entry is both a person and an organisation."),
    /** More problems were found in a file than are listed. */
    MORE_PROBLEMS("more-problems", "More problems were found in a file than are listed."),
    /** A block has no messages. */
    NO_MESSAGES("no-messages", "A block has no messages."),
    /** There are no participants to release. */
    NO_PARTICIPANTS("no-participants", "There are no participants to release."),
    /** From a message, no path leads to the end of the block. */
    NO_WAY_OUT("no-way-out", "From a message, no path leads to the end of the block."),
    /** An indicator's numerator is not part of its denominator. */
    NOT_A_PART("not-a-part", "An indicator's numerator is not part of its denominator."),
    /** A value in a data file is not among its field's allowed values. */
    NOT_ALLOWED("not-allowed", "A value in a data file is not among its field's allowed values."),
    /** An id is not in Unicode NFC form. */
    NOT_NFC("not-nfc", "An id is not in Unicode NFC form."),
    /** A privacy model names an attribute that is not declared sensitive. */
    NOT_SENSITIVE("not-sensitive", "A privacy model names an attribute that is not declared sensitive."),
    /** A number is outside its allowed range. */
    OUT_OF_RANGE("out-of-range", "A number is outside its allowed range."),
    /** A command will not replace a folder the SDK did not write, or one that holds what it needs. */
    OUTPUT_NOT_REPLACEABLE(
            "output-not-replaceable",
            "A command will not replace a folder the SDK did not write, or one that holds what it needs."),
    /** A file named in a configuration is outside the study folder. */
    OUTSIDE_FOLDER("outside-folder", "A file named in a configuration is outside the study folder."),
    /** A value in a data file does not match its field's pattern. */
    PATTERN_MISMATCH("pattern-mismatch", "A value in a data file does not match its field's pattern."),
    /** A text uses a placeholder that no earlier answer fills. */
    PLACEHOLDER_WITHOUT_SOURCE("placeholder-without-source", "A text uses a placeholder that no earlier answer fills."),
    /** A population table does not have the quasi-identifiers needed. */
    POPULATION_COLUMNS("population-columns", "A population table does not have the quasi-identifiers needed."),
    /** A sample record is not found in the population table. */
    POPULATION_INCOMPLETE("population-incomplete", "A sample record is not found in the population table."),
    /** No generalisation satisfies the privacy model within the suppression limit. */
    PRIVACY_MODEL_UNREACHABLE(
            "privacy-model-unreachable", "No generalisation satisfies the privacy model within the suppression limit."),
    /** The data as recorded breaks the privacy model. */
    PRIVACY_MODEL_VIOLATED("privacy-model-violated", "The data as recorded breaks the privacy model."),
    /** A legacy select-answer message has no buttons and ends its block; it is imported as information. */
    QUESTION_WITHOUT_BUTTONS(
            "question-without-buttons",
            "A legacy select-answer message has no buttons and ends its block; it is imported as information."),
    /** A question the content marks as a quasi-identifier or sensitive is neither under the release's privacy models nor withheld. */
    ROLE_NOT_CONTROLLED(
            "role-not-controlled",
            "A question the content marks as a quasi-identifier or sensitive is neither under the release's privacy models nor withheld."),
    /** The same text is given in several languages (perhaps untranslated). */
    SAME_TEXT_IN_LANGUAGES(
            "same-text-in-languages", "The same text is given in several languages (perhaps untranslated)."),
    /** A sensitive attribute of the release has no l-diversity or t-closeness model of its own. */
    SENSITIVE_WITHOUT_MODEL(
            "sensitive-without-model",
            "A sensitive attribute of the release has no l-diversity or t-closeness model of its own."),
    /** A text mentions a sensitive subject without a content warning. */
    SENSITIVE_WITHOUT_WARNING(
            "sensitive-without-warning", "A text mentions a sensitive subject without a content warning."),
    /** A line of a legacy sequence file ends in spaces, so the original program never found that block. */
    SEQUENCE_TRAILING_SPACE(
            "sequence-trailing-space",
            "A line of a legacy sequence file ends in spaces, so the original program never found that block."),
    /** A file holds more than one document. */
    SEVERAL_DOCUMENTS("several-documents", "A file holds more than one document."),
    /** A story names no telling message and its block has no message 'story': its text is not published. */
    STORY_WITHOUT_TEXT(
            "story-without-text",
            "A story names no telling message and its block has no message 'story': its text is not published."),
    /** Strict mode refuses what would otherwise be a warning. */
    STRICT_MODE("strict-mode", "Strict mode refuses what would otherwise be a warning."),
    /** The file is not valid JSON or YAML. */
    SYNTAX_ERROR("syntax-error", "The file is not valid JSON or YAML."),
    /** A system block is listed in the sequence of content blocks. */
    SYSTEM_BLOCK_IN_SEQUENCE("system-block-in-sequence", "A system block is listed in the sequence of content blocks."),
    /** A settings block lacks the action that does its role's job (withdraw, set-language, ...). */
    SYSTEM_BLOCK_WITHOUT_ACTION(
            "system-block-without-action",
            "A settings block lacks the action that does its role's job (withdraw, set-language, ...)."),
    /** A button label is also a command word in its language. */
    BUTTON_LABEL_IS_COMMAND(
            "button-label-is-command",
            "A button label is also a command word in its language; typed while its question is open it answers it."),
    /** A study language has no consent document. */
    CONSENT_DOCUMENT_MISSING(
            "consent-document-missing",
            "A study language has no consent document, so its participants could not be shown one."),
    /** A column of a table has no name. */
    TABLE_BLANK_COLUMN("table-blank-column", "A column of a table has no name."),
    /** A table names a column twice. */
    TABLE_DUPLICATE_COLUMN("table-duplicate-column", "A table names a column twice."),
    /** A table file has no header line. */
    TABLE_EMPTY("table-empty", "A table file has no header line."),
    /** A row of a table has a different number of cells than its header. */
    TABLE_ROW_WIDTH("table-row-width", "A row of a table has a different number of cells than its header."),
    /** Two lines of a team accounts file define the same account name. */
    TEAM_ACCOUNT_DUPLICATE("team-account-duplicate", "Two lines of a team accounts file define the same account name."),
    /** An account name in a team accounts file is not lower-case letters, digits, '.', '_' or '-'. */
    TEAM_ACCOUNT_NAME(
            "team-account-name",
            "An account name in a team accounts file is not lower-case letters, digits, '.', '_' or '-'."),
    /** A team accounts file has no account. */
    TEAM_FILE_EMPTY("team-file-empty", "A team accounts file has no account."),
    /** A password hash in a team accounts file is not an Argon2id hash in the PHC format. */
    TEAM_HASH_INVALID(
            "team-hash-invalid", "A password hash in a team accounts file is not an Argon2id hash in the PHC format."),
    /** A line of a team accounts file does not have exactly a name, a role and a hash. */
    TEAM_LINE_PARTS(
            "team-line-parts", "A line of a team accounts file does not have exactly a name, a role and a hash."),
    /** A role in a team accounts file is not coordinator, co-researcher or data-protection-officer. */
    TEAM_ROLE_UNKNOWN(
            "team-role-unknown",
            "A role in a team accounts file is not coordinator, co-researcher or data-protection-officer."),
    /** The quasi-identifiers have too many combinations of values to check. */
    TOO_MANY_COMBINATIONS(
            "too-many-combinations", "The quasi-identifiers have too many combinations of values to check."),
    /** A text is given in a language the block does not declare. */
    UNDECLARED_LANGUAGE("undeclared-language", "A text is given in a language the block does not declare."),
    /** A data file has a column its schema does not declare. */
    UNEXPECTED_COLUMN("unexpected-column", "A data file has a column its schema does not declare."),
    /** A file in a study folder is not of the kind that folder holds, and is ignored. */
    UNEXPECTED_FILE(
            "unexpected-file", "A file in a study folder is not of the kind that folder holds, and is ignored."),
    /** An action type is not known. */
    UNKNOWN_ACTION("unknown-action", "An action type is not known."),
    /** A configuration names a participant attribute that is not declared. */
    UNKNOWN_ATTRIBUTE("unknown-attribute", "A configuration names a participant attribute that is not declared."),
    /** A block id is named that no block has. */
    UNKNOWN_BLOCK("unknown-block", "A block id is named that no block has."),
    /** A branch names an answer value the question does not have. */
    UNKNOWN_BRANCH_VALUE("unknown-branch-value", "A branch names an answer value the question does not have."),
    /** An answer code is not among the question's codes. */
    UNKNOWN_CODE("unknown-code", "An answer code is not among the question's codes."),
    /** A key is not one of the fields this mapping knows. */
    UNKNOWN_FIELD("unknown-field", "A key is not one of the fields this mapping knows."),
    /** A fill names an answer value the question does not have. */
    UNKNOWN_FILL_VALUE("unknown-fill-value", "A fill names an answer value the question does not have."),
    /** A file name does not end in .json, .yaml or .yml. */
    UNKNOWN_FORMAT("unknown-format", "A file name does not end in .json, .yaml or .yml."),
    /** A time grain is not one of those known. */
    UNKNOWN_GRAIN("unknown-grain", "A time grain is not one of those known."),
    /** A licence is not known by name. */
    UNKNOWN_LICENCE("unknown-licence", "A licence is not known by name."),
    /** A message type is not known. */
    UNKNOWN_MESSAGE_TYPE("unknown-message-type", "A message type is not known."),
    /** A privacy model is not known. */
    UNKNOWN_MODEL("unknown-model", "A privacy model is not known."),
    /** A question id is named that the study does not have. */
    UNKNOWN_QUESTION("unknown-question", "A question id is named that the study does not have."),
    /** A foreign key points to a value that does not exist. */
    UNKNOWN_REFERENCE("unknown-reference", "A foreign key points to a value that does not exist."),
    /** A role is not one of those known. */
    UNKNOWN_ROLE("unknown-role", "A role is not one of those known."),
    /** A microstory's kind has no questions in the study. */
    UNKNOWN_STORY_KIND("unknown-story-kind", "A microstory's kind has no questions in the study."),
    /** A field type of a table schema is not known. */
    UNKNOWN_TYPE("unknown-type", "A field type of a table schema is not known."),
    /** A value is not one of those allowed here. */
    UNKNOWN_VALUE("unknown-value", "A value is not one of those allowed here."),
    /** A variable is used that no message defines. */
    UNKNOWN_VARIABLE("unknown-variable", "A variable is used that no message defines."),
    /** A message cannot be reached from the block's entry. */
    UNREACHABLE_MESSAGE("unreachable-message", "A message cannot be reached from the block's entry."),
    /** A settings dialogue saves an answer that no template, branch or action reads. */
    UNREAD_ANSWER("unread-answer", "A settings dialogue saves an answer that no template, branch or action reads."),
    /** A legacy condition is code and cannot be imported. */
    UNSUPPORTED_CONDITION("unsupported-condition", "A legacy condition is code and cannot be imported."),
    /** A legacy display template cannot be imported. */
    UNSUPPORTED_DISPLAY("unsupported-display", "A legacy display template cannot be imported."),
    /** A resource is not UTF-8. */
    UNSUPPORTED_ENCODING("unsupported-encoding", "A resource is not UTF-8."),
    /** A legacy feature cannot be imported. */
    UNSUPPORTED_FEATURE("unsupported-feature", "A legacy feature cannot be imported."),
    /** A release is in a language that the study or the report texts do not have. */
    UNSUPPORTED_LANGUAGE(
            "unsupported-language", "A release is in a language that the study or the report texts do not have."),
    /** A resource is not CSV. */
    UNSUPPORTED_FORMAT("unsupported-format", "A resource is not CSV."),
    /** A block is never used in the sequence. */
    UNUSED_BLOCK("unused-block", "A block is never used in the sequence."),
    /** A fill is defined but never used. */
    UNUSED_FILL("unused-fill", "A fill is defined but never used."),
    /** A legacy mapping names a block that is not imported. */
    UNUSED_MAPPING("unused-mapping", "A legacy mapping names a block that is not imported."),
    /** A study declares answer options that no story uses. */
    UNUSED_OPTIONS("unused-options", "A study declares answer options that no story uses."),
    /** The same answer value is spelled in different ways. */
    VALUE_DRIFT("value-drift", "The same answer value is spelled in different ways."),
    /** Values in the data are not in the attribute's hierarchy. */
    VALUE_NOT_IN_HIERARCHY("value-not-in-hierarchy", "Values in the data are not in the attribute's hierarchy."),
    /** A value is of the wrong kind (e.g. a list where a text is expected). */
    WRONG_TYPE("wrong-type", "A value is of the wrong kind (e.g. a list where a text is expected)."),
    /** A row of a data file has a different number of cells than its header. */
    WRONG_WIDTH("wrong-width", "A row of a data file has a different number of cells than its header."),
    /** A YAML alias (*name) is used; aliases are not allowed. */
    YAML_ALIAS("yaml-alias", "A YAML alias (*name) is used; aliases are not allowed."),
    /** A YAML tag other than the core schema's is used. */
    YAML_TAG("yaml-tag", "A YAML tag other than the core schema's is used.");

    private static final Map<String, ProblemCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ProblemCode::code, Function.identity()));

    private final String code;
    private final String description;

    ProblemCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The code as it is written in reports, in kebab case, e.g. {@code missing-field}. */
    public String code() {
        return code;
    }

    /** One sentence saying what the code means. */
    public String description() {
        return description;
    }

    /**
     * The catalogue entry of a code.
     *
     * @param code a code as written in reports
     * @return the entry, or empty for a code that is not in the catalogue
     */
    public static Optional<ProblemCode> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The code as written in reports. */
    @Override
    public String toString() {
        return code;
    }
}
