/** Chinese first (the users' language), English switchable; the choice is kept for the browser tab. */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh' | 'en';
const KEY = 'console.lang';

/** Closures over the chosen language (no `this`), so a component takes them out of the context. */
interface LangContext {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  /** The text in the chosen language: t('督办台账', 'Supervision board'). */
  readonly t: (zh: string, en: string) => string;
}

const Context = createContext<LangContext | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (sessionStorage.getItem(KEY) === 'en' ? 'en' : 'zh'));
  const value = useMemo<LangContext>(
    () => ({
      lang,
      setLang(next) {
        sessionStorage.setItem(KEY, next);
        document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
        setLangState(next);
      },
      t: (zh, en) => (lang === 'zh' ? zh : en),
    }),
    [lang],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useLang(): LangContext {
  const context = useContext(Context);
  if (!context) throw new Error('useLang outside LangProvider');
  return context;
}
