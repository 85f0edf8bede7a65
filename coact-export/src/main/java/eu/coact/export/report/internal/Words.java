package eu.coact.export.report.internal;

import eu.coact.core.Language;
import java.text.NumberFormat;
import java.util.Locale;

/** The few words a rendered report adds itself, in the study's languages (English otherwise). */
record Words(String notShown, String label, String count, String shareOfFirst, String data, String hiddenNote, Locale locale) {

    static Words in(Language language) {
        String base = language.tag().split("-")[0];
        Locale locale = language.locale();
        return switch (base) {
            case "ca" -> new Words("no es mostra", "Categoria", "Nombre", "% de la primera etapa", "Dades",
                    "Els valors marcats «no es mostra» s'han ocultat per protegir recomptes petits.", locale);
            case "es" -> new Words("no se muestra", "Categoría", "Número", "% de la primera etapa", "Datos",
                    "Los valores marcados «no se muestra» se han ocultado para proteger recuentos pequeños.", locale);
            case "de" -> new Words("nicht angezeigt", "Kategorie", "Anzahl", "% der ersten Stufe", "Daten",
                    "Mit „nicht angezeigt“ markierte Werte wurden zum Schutz kleiner Fallzahlen ausgeblendet.", locale);
            default -> new Words("not shown", "Category", "Count", "% of first stage", "Data",
                    "Values marked \u201cnot shown\u201d were hidden to protect small counts.", Locale.ENGLISH);
        };
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    String percent(long part, long whole) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format((double) part / whole);
    }
}
