/** The userErrors of a mutation payload. */
export interface UserError {
  field: string | null;
  message: string;
  code: string;
}

/** The messages of the errors about `field` (a dotted path such as `input.name`), or about no field when null. */
export function FieldErrors({ id, errors, field }: { id: string; errors: readonly UserError[]; field: string | null }) {
  const mine = errors.filter((e) => e.field === field || (field !== null && e.field?.endsWith(`.${field}`)));
  if (mine.length === 0) return null;
  return (
    <ul id={id} className="field-errors" role="alert">
      {mine.map((e) => (
        <li key={`${e.code}:${e.message}`}>{e.message}</li>
      ))}
    </ul>
  );
}

/** The errors none of the form's fields shows (about no field, or a field the form does not have). */
export function otherErrors(errors: readonly UserError[], fields: readonly string[]): UserError[] {
  return errors
    .filter((e) => e.field === null || !fields.some((f) => e.field === f || e.field!.endsWith(`.${f}`)))
    .map((e) => ({ ...e, field: null }));
}
