package org.claimledger.common;

/** Client text as a log line may carry it: control characters escaped, so no one can forge a line. */
public final class LogSafe {
    private LogSafe() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(Math.min(text.length(), 300));
        for (int i = 0; i < text.length() && safe.length() < 300; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.length() < 300 ? safe.toString() : safe + "...";
    }
}
