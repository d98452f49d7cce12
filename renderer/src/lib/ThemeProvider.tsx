import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { Theme } from '../../../shared/domain/settings';
import { api } from '../api/client';

interface ThemeContextValue {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

const ThemeContext = createContext<ThemeContextValue>({ theme: 'system', setTheme: () => undefined });

/** Applies the saved theme to <html>; `system` lets the stylesheet follow the OS. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    void api.settings.get({}).then((result) => {
      if (result.ok) setTheme(result.value.theme);
    });
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return <ThemeContext.Provider value={{ theme, setTheme }}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeContextValue {
  return useContext(ThemeContext);
}
