package dev.newsgraph.entity.resolution;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.newsgraph.entity.recognition.EntityType;

/**
 * Within one article, ties a short form to the longer form of the same type it abbreviates: "Putin"
 * to "Vladimir Putin", "Kim" to "Kim Jong Un". A short form abbreviates a longer one when its words are
 * the longer one's first or last words. When several longer forms qualify, the most mentioned wins
 * (a one-off misrecognition such as "Kim Jong Un-Vladimir Putin" does not capture "Putin").
 */
public final class ShortFormResolver {

    /**
     * One distinct name of an article.
     *
     * @param words      the name's words, each normalised ({@link NameNormalizer#key})
     * @param mentions   how often the article uses this form
     * @param firstStart where the article first uses it
     */
    public record Form(EntityType type, String key, List<String> words, int mentions, int firstStart) {
    }

    private static final Comparator<Form> PREFERRED = Comparator.comparingInt(Form::mentions).reversed()
            .thenComparingInt(f -> f.words().size())
            .thenComparingInt(Form::firstStart);

    private ShortFormResolver() {
    }

    /** For every form, the form it stands for: a longer form of the article, or itself. */
    public static Map<Form, Form> longForms(Collection<Form> forms) {
        Map<Form, Form> direct = new HashMap<>();
        for (Form form : forms) {
            direct.put(form, abbreviated(form, forms).orElse(form));
        }
        Map<Form, Form> resolved = new HashMap<>();
        for (Form form : forms) {
            Form target = form;
            // longer forms have strictly more words, so following the chain always ends
            while (direct.get(target) != target) {
                target = direct.get(target);
            }
            resolved.put(form, target);
        }
        return resolved;
    }

    private static Optional<Form> abbreviated(Form shortForm, Collection<Form> forms) {
        return forms.stream()
                .filter(longer -> longer.type() == shortForm.type() && abbreviates(shortForm.words(), longer.words()))
                .min(PREFERRED);
    }

    static boolean abbreviates(List<String> shortWords, List<String> longWords) {
        int n = shortWords.size();
        if (n == 0 || n >= longWords.size()) {
            return false;
        }
        return longWords.subList(0, n).equals(shortWords)
                || longWords.subList(longWords.size() - n, longWords.size()).equals(shortWords);
    }
}
