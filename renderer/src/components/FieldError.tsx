/**
 * A field's error message, under the field, with the id its control names in aria-describedby (so a
 * screen reader reads it with the control). Renders nothing without a message.
 */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
