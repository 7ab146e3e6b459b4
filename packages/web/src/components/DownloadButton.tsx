import { useState, type ReactNode } from 'react';
import { downloadFile } from '../api/download.js';

/**
 * A button that downloads a file from the API (an export, a report, the backup) with the access
 * token, which a plain `<a href download>` could not send. Busy while the file comes; a refusal
 * is said beside the button.
 */
export function DownloadButton(props: { url: string; fallbackName: string; className: string; children: ReactNode }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const start = () => {
    setBusy(true);
    setError('');
    downloadFile(props.url, props.fallbackName)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button type="button" className={props.className} onClick={start} disabled={busy} aria-busy={busy}>
        {props.children}
      </button>
      {error && <span className="error" role="alert">{error}</span>}
    </>
  );
}
