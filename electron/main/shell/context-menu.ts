import { type ContextMenuParams, Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';

/** What the context menu's items do; the Electron layer passes the real calls, tests pass spies. */
export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/**
 * The right-click menu for one place in the page: spelling suggestions (and "Add to
 * dictionary") on a misspelt word, then the edit actions that apply there. Electron shows
 * no context menu of its own, so without this a misspelling is underlined with no way to
 * fix it and there is no right-click copy or paste (electronjs.org/docs/latest/tutorial/spellchecker).
 * Returns [] where there is nothing to offer.
 */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  const spelling: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 5);
    if (suggestions.length === 0) spelling.push({ label: 'No spelling suggestions', enabled: false });
    for (const suggestion of suggestions) spelling.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    spelling.push({ label: 'Add to dictionary', click: () => actions.addToDictionary(params.misspelledWord) });
  }
  const flags = params.editFlags;
  const editing: MenuItemConstructorOptions[] = params.isEditable
    ? [
        { role: 'cut', enabled: flags.canCut },
        { role: 'copy', enabled: flags.canCopy },
        { role: 'paste', enabled: flags.canPaste },
        { type: 'separator' },
        { role: 'selectAll', enabled: flags.canSelectAll },
      ]
    : params.selectionText.trim()
      ? [{ role: 'copy', enabled: flags.canCopy }]
      : [];
  if (spelling.length && editing.length) return [...spelling, { type: 'separator' }, ...editing];
  return [...spelling, ...editing];
}

/** Shows `contextMenuTemplate` on right-click in `contents`. */
export function installContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
