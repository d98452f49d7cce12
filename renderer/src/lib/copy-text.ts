/**
 * Puts text on the clipboard. The Clipboard API needs a secure context and
 * focus; where it is refused the caller shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
