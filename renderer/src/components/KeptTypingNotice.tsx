/**
 * Says that typing left unsaved (by a reload, Back or a closed window) is back in the form (lib/kept-typing),
 * with a button to put the form back as it was saved instead. `what`: "this story", "this reflection".
 */
export function KeptTypingNotice({ what, onDiscard }: { what: string; onDiscard: () => void }) {
  return (
    <div className="callout" role="status">
      <p>
        Your unsaved changes to {what} were kept and are back in the form. Save {what} to keep them.
      </p>
      <button type="button" onClick={onDiscard}>
        Discard them
      </button>
    </div>
  );
}
