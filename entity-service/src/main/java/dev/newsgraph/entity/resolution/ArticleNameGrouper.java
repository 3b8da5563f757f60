package dev.newsgraph.entity.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.recognition.RecognizedMention;

/**
 * Turns what the recogniser found in one article into groups, one per thing named: titles are
 * stripped from people, countries take their canonical name, short forms join their long form.
 */
public final class ArticleNameGrouper {

    private ArticleNameGrouper() {
    }

    public static List<NameGroup> group(String text, List<RecognizedMention> recognized) {
        List<Named> named = new ArrayList<>();
        for (RecognizedMention m : recognized) {
            int start = m.type() == EntityType.PERSON ? m.start() + TitleStripper.nameStart(m.text()) : m.start();
            String surface = text.substring(start, m.end());
            String key = NameNormalizer.key(surface);
            if (key.isEmpty()) {
                continue;
            }
            String sentence = text.substring(m.sentenceStart(), m.sentenceEnd());
            GroupedMention mention = new GroupedMention(start, m.end(), surface, key, sentence, m.confidence());
            Optional<String> country = m.type() == EntityType.LOCATION ? CountryAliases.canonicalName(key) : Optional.empty();
            named.add(new Named(m.type(), mention, country.orElse(null)));
        }

        Map<String, ShortFormResolver.Form> forms = new LinkedHashMap<>();
        Map<String, String> firstSurface = new LinkedHashMap<>();
        for (Named n : named) {
            String id = n.formId();
            firstSurface.putIfAbsent(id, n.country != null ? n.country : n.mention.text());
            ShortFormResolver.Form previous = forms.get(id);
            forms.put(id, previous == null
                    ? new ShortFormResolver.Form(n.type, n.formKey(), n.words(), 1, n.mention.start())
                    : new ShortFormResolver.Form(n.type, previous.key(), previous.words(), previous.mentions() + 1,
                            previous.firstStart()));
        }
        Map<ShortFormResolver.Form, ShortFormResolver.Form> longForms = ShortFormResolver.longForms(forms.values());

        Map<String, GroupBuilder> groups = new LinkedHashMap<>();
        for (Named n : named) {
            ShortFormResolver.Form longForm = longForms.get(forms.get(n.formId()));
            String groupId = n.type + ":" + longForm.key();
            String name = firstSurface.get(n.type + ":" + longForm.key());
            GroupBuilder group = groups.computeIfAbsent(groupId, id -> new GroupBuilder(n.type, longForm.key(), name));
            group.mentions.add(n.mention);
            group.surfaceForms.putIfAbsent(n.mention.key(), n.mention.text());
            if (n.country != null) {
                group.surfaceForms.putIfAbsent(longForm.key(), n.country);
            }
        }
        return groups.values().stream()
                .map(g -> new NameGroup(g.type, g.key, g.name, Map.copyOf(g.surfaceForms), List.copyOf(g.mentions)))
                .toList();
    }

    private record Named(EntityType type, GroupedMention mention, String country) {

        String formKey() {
            return country != null ? NameNormalizer.key(country) : mention.key();
        }

        String formId() {
            return type + ":" + formKey();
        }

        List<String> words() {
            // countries never abbreviate anything: "Korea" must not take "North Korea"
            if (country != null) {
                return List.of(formKey());
            }
            return Arrays.stream(mention.text().strip().split("\\s+")).map(NameNormalizer::key).toList();
        }
    }

    private static final class GroupBuilder {
        final EntityType type;
        final String key;
        final String name;
        final Map<String, String> surfaceForms = new LinkedHashMap<>();
        final List<GroupedMention> mentions = new ArrayList<>();

        GroupBuilder(EntityType type, String key, String name) {
            this.type = type;
            this.key = key;
            this.name = name;
        }
    }
}
