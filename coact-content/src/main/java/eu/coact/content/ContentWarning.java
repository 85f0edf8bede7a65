package eu.coact.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A topic a participant is warned about before reading a block. */
public enum ContentWarning {
    /** Suicide or suicidal thoughts; a help note must follow. */
    SUICIDE(true),
    /** Self-harm; a help note must follow. */
    SELF_HARM(true),
    /** Violence, including domestic violence. */
    VIOLENCE(false),
    /** Abuse of any kind. */
    ABUSE(false),
    /** Use of alcohol or other substances. */
    SUBSTANCE_USE(false),
    /** Eating disorders. */
    EATING_DISORDER(false),
    /** Discrimination and stigma. */
    DISCRIMINATION(false);

    private final boolean needsHelpNote;

    ContentWarning(boolean needsHelpNote) {
        this.needsHelpNote = needsHelpNote;
    }

    /** True when a message with help resources must be shown with content on this topic. */
    public boolean needsHelpNote() {
        return needsHelpNote;
    }

    /** The name used in files, e.g. {@code self-harm}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The warning written as {@code code} in a file, if there is one. */
    public static Optional<ContentWarning> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
