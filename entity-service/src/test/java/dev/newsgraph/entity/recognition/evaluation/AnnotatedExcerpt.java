package dev.newsgraph.entity.recognition.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds CoNLL-format text from sentences written for the tests in bracket markup, tokens separated by
 * spaces: {@code [PER Vladimir Putin] met [PER Kim Jong Un] in [LOC Vladivostok] .} Documents are
 * separated by a line {@code ---}. Lets tests make their own small annotated corpora.
 */
final class AnnotatedExcerpt {

    private AnnotatedExcerpt() {
    }

    /** The excerpt as CoNLL lines in the given scheme: "BIO" (IOB2), "IOB1" or "BIOES". */
    static String toConll(String markup, String scheme) {
        String documentStart = ConllCorpus.DOCUMENT_START + " O\n\n";
        StringBuilder conll = new StringBuilder(documentStart);
        for (String line : markup.strip().split("\n")) {
            String sentence = line.strip();
            if (sentence.isEmpty()) {
                continue;
            }
            if (sentence.equals("---")) {
                conll.append(documentStart);
                continue;
            }
            String previousType = null;
            String[] words = sentence.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (words[i].startsWith("[") && words[i].length() > 1) {
                    String type = words[i].substring(1);
                    List<String> name = new ArrayList<>();
                    while (!words[++i].endsWith("]")) {
                        name.add(words[i]);
                    }
                    name.add(words[i].substring(0, words[i].length() - 1));
                    for (int n = 0; n < name.size(); n++) {
                        conll.append(name.get(n)).append(' ').append(tag(scheme, type, n, name.size(), type.equals(previousType)))
                                .append('\n');
                    }
                    previousType = type;
                } else {
                    conll.append(words[i]).append(" O\n");
                    previousType = null;
                }
            }
            conll.append('\n');
        }
        return conll.toString();
    }

    private static String tag(String scheme, String type, int index, int length, boolean followsSameType) {
        return switch (scheme) {
            case "BIO" -> (index == 0 ? "B-" : "I-") + type;
            case "IOB1" -> (index == 0 && followsSameType ? "B-" : "I-") + type;
            case "BIOES" -> (length == 1 ? "S-" : index == 0 ? "B-" : index == length - 1 ? "E-" : "I-") + type;
            default -> throw new IllegalArgumentException(scheme);
        };
    }
}
