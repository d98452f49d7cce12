import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { MenuBridge, MenuCommand } from '../../shared/shell/menu-commands';
import { useMenuCommands } from '../../renderer/src/app/use-menu-commands';
import { useHashPath } from '../../renderer/src/lib/navigation';
import { guardLeaving } from '../../renderer/src/lib/leave-guard';

// The page's side of the desktop menu: each command moves to its area, and "Start a Mock
// Interview" puts the keyboard in the set-up form once that form is on the page.

function installMenu(): { send(command: MenuCommand): void; listeners: () => number } {
  const listeners = new Set<(command: MenuCommand) => void>();
  const bridge: MenuBridge = {
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  window.menu = bridge;
  return { send: (command) => listeners.forEach((listener) => listener(command)), listeners: () => listeners.size };
}

function Harness({ showForm }: { showForm: boolean }) {
  useMenuCommands();
  const [route] = useHashPath();
  return (
    <main>
      <p>route: {route}</p>
      {showForm && route === '/practice' && (
        <form aria-labelledby="setup-heading">
          <h2 id="setup-heading">Set up a mock interview</h2>
          <input aria-label="How many questions" />
        </form>
      )}
    </main>
  );
}

afterEach(() => {
  delete window.menu;
  window.location.hash = '';
});

test.each([
  ['go.practice', '/practice'],
  ['go.banks', '/banks'],
  ['go.stories', '/stories'],
  ['go.reflection', '/reflection'],
  ['go.progress', '/progress'],
  ['go.settings', '/settings'],
] as const)('%s goes to %s', async (command, route) => {
  const menu = installMenu();
  render(<Harness showForm={false} />);
  act(() => menu.send(command));
  expect(await screen.findByText(`route: ${route}`)).toBeTruthy();
});

test('Start a Mock Interview opens Practice and focuses the set-up form when it appears; unmounting unsubscribes', async () => {
  const menu = installMenu();
  const { rerender, unmount } = render(<Harness showForm={false} />);
  act(() => menu.send('practice.start'));
  await screen.findByText('route: /practice');
  rerender(<Harness showForm />); // the form arrives after its options load
  const field = await screen.findByRole('textbox', { name: 'How many questions' });
  await act(async () => undefined);
  expect(field).toHaveFocus();
  unmount();
  expect(menu.listeners()).toBe(0);
});

test('browser mode has no menu: the hook does nothing', () => {
  render(<Harness showForm={false} />);
  expect(screen.getByText('route: /')).toBeTruthy();
});

test('while an answer runs, a Go command asks first: nothing moves until the user confirms', async () => {
  const menu = installMenu();
  window.location.hash = '/practice/session/1';
  render(<Harness showForm={false} />);
  await screen.findByText('route: /practice/session/1');
  const asked: (() => void)[] = [];
  const unguard = guardLeaving((leave) => asked.push(leave));
  act(() => menu.send('go.progress'));
  expect(asked).toHaveLength(1);
  expect(window.location.hash).toBe('#/practice/session/1');
  expect(screen.getByText('route: /practice/session/1')).toBeTruthy();
  unguard(); // the session ended
  act(() => asked[0]?.());
  expect(await screen.findByText('route: /progress')).toBeTruthy();
});
