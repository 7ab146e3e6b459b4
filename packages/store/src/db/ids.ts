import { randomUUID } from 'node:crypto';

/** A new opaque id (UUID v4): text ids keep rows portable between SQLite and PostgreSQL. */
export function newId(): string {
  return randomUUID();
}
