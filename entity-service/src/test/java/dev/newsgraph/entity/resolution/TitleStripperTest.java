package dev.newsgraph.entity.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleStripperTest {

    @Test
    void stripsRolesAndTheirQualifiers() {
        assertEquals("Sergei Shoigu", TitleStripper.strip("Russian Defense Minister Sergei Shoigu"));
        assertEquals("Vladimir Putin", TitleStripper.strip("President Vladimir Putin"));
        assertEquals("Antony Blinken", TitleStripper.strip("Secretary of State Antony Blinken"));
        assertEquals("Smith", TitleStripper.strip("Dr. Smith"));
    }

    @Test
    void leavesNamesWithoutTitlesAndNeverEmptiesAName() {
        assertEquals("Kim Jong Un", TitleStripper.strip("Kim Jong Un"));
        assertEquals("John Major", TitleStripper.strip("John Major"));
        assertEquals("Minister", TitleStripper.strip("Minister"));
        assertEquals(0, TitleStripper.nameStart("Adrienne Watson"));
        assertEquals(25, TitleStripper.nameStart("Russian Defense Minister Sergei Shoigu"));
    }
}
