import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { Theme } from '../../../shared/domain/settings';
import { useApiQuery } from '../api/queries';

interface ThemeContextValue {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

const ThemeContext = createContext<ThemeContextValue>({ theme: 'system', setTheme: () => undefined });

/** Applies the saved theme to <html>; `system` lets the stylesheet follow the OS. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  // Through the cache (the opening page reads settings too): one request, and a theme saved in another window follows.
  const [saved] = useApiQuery('settings.get', {});
  // What this window chose (Settings, before its save comes back), else the saved theme, else the OS's.
  const [chosen, setTheme] = useState<Theme | null>(null);
  const theme = chosen ?? (saved.status === 'ready' ? saved.value.theme : 'system');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return <ThemeContext.Provider value={{ theme, setTheme }}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeContextValue {
  return useContext(ThemeContext);
}
