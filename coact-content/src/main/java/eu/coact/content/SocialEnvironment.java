package eu.coact.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the support told in a microstory happens. */
public enum SocialEnvironment {
    /** Family, friends, partners. */
    CLOSE,
    /** Health and social services, institutions. */
    PROFESSIONAL_INSTITUTIONAL,
    /** Neighbourhood, work, activism, leisure. */
    SOCIETY;

    /** The name used in files, e.g. {@code professional-institutional}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The environment written as {@code code} in a file, if there is one. */
    public static Optional<SocialEnvironment> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
