package eu.coact.export.report.internal;

import eu.coact.core.Language;
import eu.coact.export.report.ReportTexts;
import java.text.NumberFormat;
import java.util.Locale;

/** The words a rendered report adds itself, from the report texts of its language. */
record Words(ReportTexts texts, Locale locale) {

    static Words in(Language language) {
        ReportTexts texts = ReportTexts.in(language);
        return new Words(texts, texts.language().locale());
    }

    String notShown() {
        return texts.text("words.not-shown");
    }

    String label() {
        return texts.text("words.category");
    }

    String count() {
        return texts.text("words.count");
    }

    String shareOfFirst() {
        return texts.text("words.share-of-first");
    }

    String data() {
        return texts.text("words.data");
    }

    String hiddenNote() {
        return texts.text("words.hidden-note");
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** "3 out of 10" in the report's language, with the numbers formatted for it. */
    String outOf(long part, long whole) {
        return texts.text("words.out-of", number(part), number(whole));
    }

    String percent(long part, long whole) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format((double) part / whole);
    }
}
