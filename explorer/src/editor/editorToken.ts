import { useSyncExternalStore } from 'react';

/** The editor's bearer token, pasted by the user and kept in sessionStorage (gone with the tab). */
const KEY = 'newsgraph.editorToken';
const listeners = new Set<() => void>();

export const editorToken = {
  get(): string | null {
    return sessionStorage.getItem(KEY);
  },
  set(token: string | null) {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The current token (null when not in editor mode); components re-render when it changes. */
export function useEditorToken(): string | null {
  return useSyncExternalStore(editorToken.subscribe, editorToken.get);
}
