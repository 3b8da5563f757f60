package dev.newsgraph.gateway.errors;

import java.util.List;
import java.util.UUID;

/** Ids in Newsgraph are UUIDs; anything else is rejected here rather than sent to a service. */
public final class IdArgument {

    private IdArgument() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException notUuid) {
            return false;
        }
    }

    /** @throws BadUserInputError naming the argument when {@code id} is not a UUID */
    public static String require(String id, String argument) {
        if (!isValid(id)) {
            throw new BadUserInputError(argument + " must be an id (UUID), was '" + id + "'");
        }
        return id;
    }

    public static List<String> requireAll(List<String> ids, String argument) {
        ids.forEach(id -> require(id, argument));
        return ids;
    }
}
