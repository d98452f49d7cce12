import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor resolve on the DOM change they wait for; their 1 s default deadline bit on a busy machine.
// A long one still ends a test whose awaited change never comes.
configure({ asyncUtilTimeout: 60_000 });

afterEach(() => cleanup());
