package dev.newsgraph.entity.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.resolution.ShortFormResolver.Form;

class ShortFormResolverTest {

    private static Form form(EntityType type, String key, int mentions, int first) {
        return new Form(type, key, List.of(key.split(" ")), mentions, first);
    }

    @Test
    void aSurnameOrFirstNameTakesTheLongFormOfTheSameType() {
        Form putin = form(EntityType.PERSON, "vladimir putin", 3, 10);
        Form shortPutin = form(EntityType.PERSON, "putin", 1, 50);
        Form kim = form(EntityType.PERSON, "kim jong un", 9, 0);
        Form shortKim = form(EntityType.PERSON, "kim", 1, 70);
        Map<Form, Form> longForms = ShortFormResolver.longForms(List.of(putin, shortPutin, kim, shortKim));
        assertEquals(putin, longForms.get(shortPutin));
        assertEquals(kim, longForms.get(shortKim));
        assertEquals(kim, longForms.get(kim));
    }

    @Test
    void theMostMentionedLongFormWinsOverAOneOffMisrecognition() {
        Form putin = form(EntityType.PERSON, "vladimir putin", 3, 100);
        Form glued = new Form(EntityType.PERSON, "kim jong un vladimir putin", List.of("kim", "jong", "un vladimir", "putin"), 1, 50);
        Form shortPutin = form(EntityType.PERSON, "putin", 1, 200);
        assertEquals(putin, ShortFormResolver.longForms(List.of(putin, glued, shortPutin)).get(shortPutin));
    }

    @Test
    void differentTypesAndMiddleWordsDoNotMatch() {
        Form washingtonPlace = form(EntityType.LOCATION, "washington", 2, 0);
        Form george = form(EntityType.PERSON, "george washington", 1, 20);
        Form jong = form(EntityType.PERSON, "jong", 1, 40);
        Form kim = form(EntityType.PERSON, "kim jong un", 1, 60);
        Map<Form, Form> longForms = ShortFormResolver.longForms(List.of(washingtonPlace, george, jong, kim));
        assertEquals(washingtonPlace, longForms.get(washingtonPlace));
        assertEquals(jong, longForms.get(jong));
    }
}
