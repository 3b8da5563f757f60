package dev.newsgraph.systemtests.robustness;

/**
 * One row of the bad-input table: what is sent, and the answer expected — the HTTP status and the
 * error code where clients read it (a problem's {@code type} slug on REST; {@code extensions.code} of
 * the first GraphQL error; the first user error's {@code code} of a mutation payload).
 *
 * @param name   what the input is, as the table in docs/robustness.md names it
 * @param call   the request
 * @param status the HTTP status expected
 * @param code   the error code expected
 * @param where  where the answer carries the code
 */
public record BadInputCase(String name, Call call, int status, String code, CodeLocation where) {

    /** Where an answer carries its error code, as a JSON path into the body. */
    public record CodeLocation(String path, boolean problem) {

        /** REST: the slug of the problem+json {@code type}. */
        public static final CodeLocation PROBLEM = new CodeLocation("type", true);

        /** GraphQL: the first error's {@code extensions.code}. */
        public static final CodeLocation GRAPHQL_ERROR = new CodeLocation("errors[0].extensions.code", false);

        /** GraphQL mutation: the first user error of the payload of {@code mutation}. */
        public static CodeLocation userError(String mutation) {
            return new CodeLocation("data." + mutation + ".userErrors[0].code", false);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
