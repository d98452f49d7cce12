import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ConfirmDialog } from '../../../renderer/src/components/ConfirmDialog';
import { installFocusKeeper, landingFor } from '../../../renderer/src/lib/focus-keeper';

// The app-wide focus keeper (renderer/src/lib/focus-keeper.ts): an action that removes the focused control
// lands focus on the next one, a closed dialog gives focus back to its opener. The browser-only half (focus
// fix-up of a disabled control) is proven in Chromium by the e2e flows' expectFocusKept.

let uninstall: () => void = () => undefined;
beforeEach(() => {
  uninstall = installFocusKeeper(() => document.querySelector('main'));
});
afterEach(() => uninstall());

function List() {
  const [items, setItems] = useState(['Alpha', 'Beta', 'Gamma']);
  return (
    <main>
      <h1>Items</h1>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <button type="button" onClick={() => setItems(items.filter((i) => i !== item))}>
              Delete {item}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}

test('deleting a row lands focus on the next row’s control, then the previous one, then the heading', async () => {
  render(<List />);
  const beta = screen.getByRole('button', { name: 'Delete Beta' });
  beta.focus();
  await act(async () => fireEvent.click(beta));
  expect(screen.getByRole('button', { name: 'Delete Gamma' })).toHaveFocus();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete Gamma' })));
  expect(screen.getByRole('button', { name: 'Delete Alpha' })).toHaveFocus();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete Alpha' })));
  expect(screen.getByRole('heading', { name: 'Items' })).toHaveFocus();
});

function WithDialog() {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Restore…
      </button>
      {open && (
        <ConfirmDialog title="Restore this backup?" confirmLabel="Restore" onConfirm={() => setOpen(false)} onCancel={() => setOpen(false)}>
          Everything will be as it was.
        </ConfirmDialog>
      )}
    </main>
  );
}

test('closing a confirm dialog gives focus back to the control that opened it', async () => {
  render(<WithDialog />);
  const opener = screen.getByRole('button', { name: 'Restore…' });
  opener.focus();
  await act(async () => fireEvent.click(opener));
  expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await act(async () => fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(opener).toHaveFocus();
});

test('with nothing left to land on, the page heading takes focus (made focusable), else <main>', () => {
  document.body.innerHTML = '<main tabindex="-1"><h1>Stories</h1></main>';
  const main = document.querySelector('main');
  const heading = landingFor(null, main);
  expect(heading?.tagName).toBe('H1');
  expect(heading?.tabIndex).toBe(-1);
  document.body.innerHTML = '<main tabindex="-1"></main>';
  expect(landingFor(null, document.querySelector('main'))).toBe(document.querySelector('main'));
});
