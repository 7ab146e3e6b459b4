/**
 * Remembers the answers of expensive reads until the project changes. Every write through the
 * store appends to the event log (undo and redo too, and a CLI writing the same file), so the
 * newest event id is a version of the whole project: one indexed one-row read decides whether a
 * remembered answer still holds. A 300,000-word transcript then costs its turns query once, not
 * on every reload of the workbench.
 */
export interface ReadCache {
  /** The answer remembered under `key` at the current version, or a fresh one from `load`. */
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/** Keeps at most this many answers; sources and their codings are the large ones. */
const MAX_ENTRIES = 64;

/** A cache whose entries all lapse when `version()` (the newest event id) changes. */
export function createReadCache(version: () => Promise<string>): ReadCache {
  let current = '';
  const entries = new Map<string, Promise<unknown>>();
  return {
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const now = await version();
      if (now !== current) {
        entries.clear();
        current = now;
      }
      const hit = entries.get(key);
      if (hit) return hit as Promise<T>;
      const pending = load();
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, pending);
      // A failed read (an unknown source) must not be remembered.
      pending.catch(() => entries.get(key) === pending && entries.delete(key));
      return pending;
    },
  };
}
