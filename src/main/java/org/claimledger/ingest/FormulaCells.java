package org.claimledger.ingest;

/**
 * CSV cells that a spreadsheet would run as a formula (OWASP's rule: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) are written with a leading {@code '}, which
 * spreadsheets show as text. Researchers open exports in spreadsheets; a claim's statement is a
 * stranger's text. A value that already starts with {@code '} before such a character gets one more, and
 * the CSV import takes exactly one off, so an export imported again gives back the stored text.
 * JSON exports are never changed.
 */
final class FormulaCells {
    private FormulaCells() {
    }

    static Object[] neutralised(Object... values) {
        Object[] cells = values.clone();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof String text && needsQuote(text)) {
                cells[i] = "'" + text;
            }
        }
        return cells;
    }

    /** The text an exported cell stood for. */
    static String restored(String cell) {
        return cell != null && cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsQuote(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'' && needsQuote(text.substring(1));
    }
}
