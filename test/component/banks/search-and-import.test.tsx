import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { SearchHit } from '../../../shared/domain/question-search';
import type { ImportPreview } from '../../../shared/domain/import-export/transfer';
import { handleResultKeys, SearchResults } from '../../../renderer/src/features/banks/SearchResults';
import { ImportPreviewView } from '../../../renderer/src/features/banks/ImportPreviewView';
import { DeleteBankPanel } from '../../../renderer/src/features/banks/DeleteBankPanel';

const hit = (id: number, text: string, extra: Partial<SearchHit> = {}): SearchHit => ({
  id,
  bankId: 1,
  bankName: 'Mine',
  text,
  category: 'Teamwork',
  tags: [],
  difficulty: 2,
  star: false,
  snippet: null,
  matchedIn: 'text',
  ...extra,
});

function Harness({ hits, onOpen }: { hits: SearchHit[]; onOpen: (hit: SearchHit) => void }) {
  const [active, setActive] = useState(0);
  return (
    <>
      <input
        aria-label="Search"
        role="combobox"
        aria-activedescendant={`search-hit-${hits[active]?.id}`}
        onKeyDown={(e) => handleResultKeys(e, hits.length, active, setActive, () => onOpen(hits[active]!))}
      />
      <SearchResults hits={hits} query="team" active={active} onActiveChange={setActive} onOpen={onOpen} />
    </>
  );
}

describe('search results', () => {
  const hits = [
    hit(1, 'Teamwork under pressure'),
    hit(2, 'Lead a team'),
    hit(3, 'Conflict', { matchedIn: 'notes', snippet: '…with my \u0002team\u0003 lead…' }),
  ];

  test('arrows move the active result, Enter opens it, focus stays in the box', async () => {
    const onOpen = vi.fn();
    render(<Harness hits={hits} onOpen={onOpen} />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await userEvent.click(box);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true']);
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(onOpen).toHaveBeenCalledWith(hits[1]);
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute('aria-activedescendant', 'search-hit-2');
  });

  test('marks the matched words, and says where a match outside the text was found', () => {
    render(<Harness hits={hits} onOpen={vi.fn()} />);
    const options = screen.getAllByRole('option');
    expect(within(options[0]!).getByText('Teamwork', { selector: 'mark' })).toBeInTheDocument();
    expect(options[2]).toHaveTextContent('Found in your notes: …with my team lead…');
    expect(within(options[2]!).getByText('team', { selector: 'mark' })).toBeInTheDocument();
  });
});

const preview: ImportPreview = {
  notes: { bring: 0, differing: 0 },
  fileName: 'mine.csv',
  format: 'csv',
  encoding: 'Windows-1252 (Western European)',
  columns: [
    { header: 'Question', field: 'text', sample: 'Tell me about yourself' },
    { header: 'Date', field: 'ignore', sample: '12/03/2025' },
  ],
  rows: [
    {
      bankName: 'Common openers',
      text: 'Tell me about yourself',
      category: '',
      tags: ['intro'],
      difficulty: 2,
      suggestedSeconds: 120,
      guidance: '',
      star: false,
      notes: { situation: '', task: '', action: '', result: '', free: 'Keep it short' },
      archived: false,
      at: 'row 2',
    },
  ],
  problems: [],
  skipped: [],
  skippedFile: null,
  banks: [
    { name: 'Common openers', target: 'existing', questionCount: 3, duplicateCount: 2 },
    { name: 'New one', target: 'new', questionCount: 1, duplicateCount: 0 },
  ],
  questionCount: 4,
  duplicateCount: 2,
  duplicates: [{ bankName: 'Common openers', text: 'Tell me about yourself', at: 'row 2' }],
};

function PreviewHarness({ onImport, p = preview, onMap = vi.fn() }: { onImport: () => void; p?: ImportPreview; onMap?: () => void }) {
  const [choice, setChoice] = useState<'skip' | 'keepBoth'>('skip');
  const [notes, setNotes] = useState<'bring' | 'leave'>('bring');
  const [skipBad, setSkipBad] = useState(false);
  return (
    <ImportPreviewView
      preview={p}
      duplicates={choice}
      onDuplicatesChange={setChoice}
      notes={notes}
      onNotesChange={setNotes}
      skipBadRows={skipBad}
      onSkipBadRowsChange={setSkipBad}
      busy={false}
      onImport={onImport}
      onCancel={vi.fn()}
      onMappingChange={onMap}
    />
  );
}

describe('import preview', () => {
  test('a JSON copy whose questions are all here offers to bring the notes in, or not, and says what it will do', async () => {
    const onImport = vi.fn();
    const copy: ImportPreview = {
      ...preview,
      fileName: 'banks.json',
      format: 'json',
      encoding: 'UTF-8',
      columns: undefined,
      banks: [{ name: 'Common openers', target: 'existing', questionCount: 2, duplicateCount: 2 }],
      questionCount: 2,
      duplicateCount: 2,
      notes: { bring: 2, differing: 1 },
    };
    render(<PreviewHarness onImport={onImport} p={copy} />);
    const user = userEvent.setup();
    const group = screen.getByRole('group', { name: /Your notes on 2 questions already here/ });
    expect((within(group).getByRole('radio', { name: 'Bring the file’s notes in' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/1 question here has notes written differently from the file’s; those parts are kept/)).toBeTruthy();
    expect(screen.queryByText(/nothing new to import/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Bring in notes for 2 questions' }));
    expect(onImport).toHaveBeenCalledTimes(1);

    await user.click(within(group).getByRole('radio', { name: 'Leave my notes as they are' }));
    expect((screen.getByRole('button', { name: 'Import 0 questions' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/you chose to leave your notes as they are: there is nothing new to import/)).toBeTruthy();
  });

  test('shows counts per bank and lets the user skip or keep duplicates', async () => {
    const onImport = vi.fn();
    render(<PreviewHarness onImport={onImport} />);
    expect(
      screen.getByText(
        /CSV file, read as Windows-1252 \(Western European\): 4 questions in 2 banks, of which 2 are already in the same bank/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /row 2 Tell me about yourself Common openers intro Keep it short/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'Common openers adds to your bank 3 2' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'New one new bank 1 0' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 2 questions' })).toBeEnabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Keep both copies' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import 4 questions' }));
    expect(onImport).toHaveBeenCalledTimes(1);
  });

  test('every column is listed with what it is imported as; changing one asks for a new preview', async () => {
    const onMap = vi.fn();
    render(<PreviewHarness onImport={vi.fn()} onMap={onMap} />);
    expect(screen.getByText(/1 column is set to be ignored/)).toBeInTheDocument();
    const date = screen.getByRole('combobox', { name: 'Import column “Date” as' });
    expect(date).toHaveValue('ignore');
    await userEvent.selectOptions(date, 'Category');
    expect(onMap).toHaveBeenCalledWith(['text', 'category']);
  });

  test('a mapping that cannot be imported lists the problems and disables Import', () => {
    render(<PreviewHarness onImport={vi.fn()} p={{ ...preview, rows: [], problems: ['row 1, No column is set to Question text.'] }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('No column is set to Question text');
    expect(screen.getByRole('button', { name: /^Import/ })).toBeDisabled();
  });

  test('nothing new to import: the button is disabled and says why', () => {
    render(<PreviewHarness onImport={vi.fn()} p={{ ...preview, banks: [preview.banks[0]!], questionCount: 2, duplicateCount: 2 }} />);
    expect(screen.getByRole('button', { name: 'Import 0 questions' })).toBeDisabled();
    expect(screen.getByText(/already in your banks/)).toBeInTheDocument();
  });
});

describe('import preview: rows that cannot be imported', () => {
  const skipped: ImportPreview['skipped'] = [
    { at: 'row 3', problems: ['column “Question”: Question text cannot be empty'], text: 'Openers,,2' },
    { at: 'row 5', problems: ['This row has 4 cells but the header has 3 columns (extra columns).'], text: 'Openers,Why us?,2,oops' },
  ];
  const withBadRows: ImportPreview = {
    ...preview,
    banks: [{ name: 'Common openers', target: 'new', questionCount: 3, duplicateCount: 0 }],
    questionCount: 3,
    duplicateCount: 0,
    duplicates: [],
    skipped,
    skippedFile: {
      fileName: 'mine - rows not imported.csv',
      mimeType: 'text/csv',
      content: '\uFEFFbank,text,difficulty\r\nOpeners,,2\r\nOpeners,Why us?,2,oops\r\n',
      questionCount: 2,
    },
  };

  test('lists each bad row by its number with what is wrong; nothing is imported until the user chooses to skip them', async () => {
    const onImport = vi.fn();
    const user = userEvent.setup();
    render(<PreviewHarness onImport={onImport} p={withBadRows} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Check the rows of “mine.csv”' })).toBeInTheDocument();
    expect(screen.getByText(/3 questions in 1 bank; 2 rows cannot be imported\./)).toBeInTheDocument();
    const region = screen.getByRole('region', { name: '2 rows cannot be imported' });
    const items = within(region)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Row 3: column “Question”: Question text cannot be empty. The row reads: Openers,,2',
      'Row 5: This row has 4 cells but the header has 3 columns (extra columns). The row reads: Openers,Why us?,2,oops',
    ]);
    const importButton = screen.getByRole('button', { name: 'Import 3 questions' });
    expect(importButton).toBeDisabled();
    expect(importButton).toHaveAccessibleDescription(/Nothing is imported while rows have problems/);
    const choice = screen.getByRole('checkbox', { name: 'Import the 3 good rows and skip the 2 bad ones' });
    expect(choice).not.toBeChecked();
    await user.click(choice);
    expect(importButton).toBeEnabled();
    await user.click(importButton);
    expect(onImport).toHaveBeenCalledTimes(1);
    await user.click(choice);
    expect(importButton).toBeDisabled();
  });

  test('the bad rows can be copied with the header, exactly as written', async () => {
    const user = userEvent.setup();
    render(<PreviewHarness onImport={vi.fn()} p={withBadRows} />);
    await user.click(screen.getByRole('button', { name: 'Copy the 2 rows' }));
    expect(await navigator.clipboard.readText()).toBe('bank,text,difficulty\r\nOpeners,,2\r\nOpeners,Why us?,2,oops\r\n');
    expect(screen.getByText('Copied the header and the 2 rows that cannot be imported.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save the 2 rows as a file…' })).toBeEnabled();
  });

  test('when no row can be imported there is no choice to skip, and Import stays disabled', () => {
    render(<PreviewHarness onImport={vi.fn()} p={{ ...withBadRows, rows: [], banks: [], questionCount: 0 }} />);
    expect(screen.getByText(/None of the rows of “mine.csv” can be imported/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByRole('button', { name: /^Import/ })).toBeDisabled();
    expect(screen.queryByText(/already in your banks/)).toBeNull();
  });
});

describe('delete bank confirmation', () => {
  const impact = { bankId: 1, questionCount: 4, answerCount: 0, action: 'delete' as const, refusal: null };

  test('says what will be deleted, and archives instead when there is history', async () => {
    const onConfirm = vi.fn();
    const { rerender } = render(<DeleteBankPanel bankName="Mine" impact={impact} onConfirm={onConfirm} onCancel={vi.fn()} />);
    expect(screen.getByRole('alertdialog', { name: 'Delete “Mine”?' })).toHaveAccessibleDescription(/deletes the bank and its 4 questions/);
    // Focus starts on the safe choice, so a stray Enter deletes nothing.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Delete bank' }));
    expect(onConfirm).toHaveBeenCalled();
    rerender(
      <DeleteBankPanel
        bankName="Mine"
        impact={{ ...impact, answerCount: 3, action: 'archive' }}
        onConfirm={onConfirm}
        onCancel={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Archive bank' })).toBeInTheDocument();
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription(/3 answers.*archived instead of deleted/);
  });

  test('the last bank cannot be deleted: only the reason and OK', () => {
    render(
      <DeleteBankPanel bankName="Mine" impact={{ ...impact, refusal: 'This is your only bank.' }} onConfirm={vi.fn()} onCancel={vi.fn()} />,
    );
    expect(screen.queryByRole('button', { name: /Delete bank|Archive bank/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'OK' })).toBeInTheDocument();
  });
});
