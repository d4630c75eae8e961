package org.claimledger.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands of a Markdown file's {@code console} blocks, with the output shown after each. A command
 * is a line starting with {@code $ } and the indented lines that follow it; its output is every line
 * after that up to the next command or the end of the block, blank lines at its end left out.
 */
record ReadmeSession(List<Command> commands) {

    /** {@code line}: where the command starts in the file, counted from 1. */
    record Command(int line, String text, String expected) {
        String firstLine() {
            return text.lines().findFirst().orElse("");
        }
    }

    static ReadmeSession parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Command> commands = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).strip().equals("```console")) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            int k = i + 1;
            while (k < end) {
                if (!lines.get(k).startsWith("$ ")) {
                    k++;
                    continue;
                }
                int start = k;
                StringBuilder text = new StringBuilder(lines.get(k++).substring(2));
                while (k < end && !lines.get(k).isBlank() && Character.isWhitespace(lines.get(k).charAt(0))) {
                    text.append('\n').append(lines.get(k++));
                }
                int outputStart = k;
                while (k < end && !lines.get(k).startsWith("$ ")) {
                    k++;
                }
                int outputEnd = k;
                while (outputEnd > outputStart && lines.get(outputEnd - 1).isBlank()) {
                    outputEnd--;
                }
                commands.add(new Command(start + 1, text.toString(),
                        String.join("\n", lines.subList(outputStart, outputEnd))));
            }
            i = end + 1;
        }
        return new ReadmeSession(List.copyOf(commands));
    }
}
