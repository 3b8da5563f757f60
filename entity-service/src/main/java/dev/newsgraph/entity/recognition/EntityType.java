package dev.newsgraph.entity.recognition;

/** The closed set of entity kinds Newsgraph recognises (the CoNLL-2003 classes). */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC;

    /** Maps CoNLL and CoreNLP labels (PER, PERSON, ORG, LOC, MISC, ...) to a type; null for anything else. */
    public static EntityType fromLabel(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PER", "PERSON" -> PERSON;
            case "ORG", "ORGANIZATION" -> ORGANIZATION;
            case "LOC", "LOCATION" -> LOCATION;
            case "MISC" -> MISC;
            default -> null;
        };
    }
}
