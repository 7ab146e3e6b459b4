import { useCallback, useState } from 'react';

/**
 * Which sources the researcher has marked as read. Read-status is a private reading aid, not an
 * analytic decision, so it lives in this browser's localStorage (keyed by the project's name,
 * the one stable identity the API gives) rather than in the project file and its audit log.
 */
export function useReadStatus(project: string): { isRead(source: string): boolean; toggle(source: string): void } {
  const key = `polyphony.read.${project}`;
  const [read, setRead] = useState<ReadonlySet<string>>(() => load(key));
  const [loadedKey, setLoadedKey] = useState(key);
  if (loadedKey !== key) {
    setLoadedKey(key);
    setRead(load(key));
  }
  const toggle = useCallback(
    (source: string) =>
      setRead((current) => {
        const next = new Set(current);
        if (next.has(source)) next.delete(source);
        else next.add(source);
        globalThis.localStorage?.setItem(key, JSON.stringify([...next]));
        return next;
      }),
    [key],
  );
  return { isRead: (source) => read.has(source), toggle };
}

function load(key: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    // A damaged entry only loses the reading marks, never project data.
    return new Set();
  }
}
