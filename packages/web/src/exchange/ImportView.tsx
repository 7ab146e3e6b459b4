import { EXCHANGE_FILE_ROUTES, type ApplySummaryDto, type CodebookMergeDto, type FileImportResultDto } from '@polyphony/core';
import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { ImportResultTable } from './ImportResultTable.js';
import { uploadFile } from './upload.js';

/** A failed upload as a row of the result table (413, 400 and network errors included). */
function failedRow(file: string, error: { code: string; message: string; details?: Record<string, unknown> }): FileImportResultDto {
  const result = error.details?.['result'];
  if (typeof result === 'object' && result !== null && (result as FileImportResultDto).status === 'failed') return result as FileImportResultDto;
  return { file, status: 'failed', warnings: [], error: { code: error.code, message: error.message } };
}

/** One file picker with its button and the message it left. */
function FileStep(props: { id: string; title: string; help: string; accept: string; multiple?: boolean; action: string; onFiles(files: File[]): Promise<void>; children?: ReactNode }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [hint, setHint] = useState('');
  return (
    <section className="import-step" aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <p className="tool-hint">{props.help}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const files = Array.from(input.current?.files ?? []);
          if (files.length === 0) return setHint(t('import.pickFirst'));
          setHint('');
          setBusy(true);
          void props.onFiles(files).finally(() => {
            setBusy(false);
            if (input.current) input.current.value = '';
          });
        }}
      >
        <label className="file-field">
          <span className="visually-hidden">{props.title}</span>
          <input ref={input} type="file" accept={props.accept} multiple={props.multiple} />
        </label>
        <button type="submit" className="button primary" disabled={busy}>{props.action}</button>
      </form>
      {hint && <p className="error" role="alert">{hint}</p>}
      <div aria-live="polite">{props.children}</div>
    </section>
  );
}

/**
 * Import into the open project: transcripts (several at once, one request each so that one bad
 * file never stops the rest), a participants CSV, an analysis file and a REFI-QDA codebook. A
 * whole .qdpx becomes a new project, which is a command-line step; the screen gives the command.
 */
export function ImportView(props: { reload(): void }) {
  const { t } = useI18n();
  const [results, setResults] = useState<FileImportResultDto[]>([]);
  const [progress, setProgress] = useState('');
  const [participants, setParticipants] = useState<ReactNode>(null);
  const [analysis, setAnalysis] = useState<ReactNode>(null);
  const [codebook, setCodebook] = useState<ReactNode>(null);

  const importTranscripts = async (files: File[]) => {
    setResults([]);
    for (const [i, file] of files.entries()) {
      setProgress(t('import.progress', { n: i + 1, total: files.length, file: file.name }));
      const answer = await uploadFile<FileImportResultDto>(EXCHANGE_FILE_ROUTES.importTranscript, file);
      const row = answer.ok ? answer.body : failedRow(file.name, answer.error);
      setResults((rs) => [...rs, row]);
    }
    setProgress('');
    props.reload();
  };

  const error = (message: string) => <p className="error" role="alert">{message}</p>;

  return (
    <section className="import-view" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <FileStep id="participants" title={t('import.participants')} help={t('import.participantsHelp')} accept=".csv,text/csv" action={t('import.start')}
        onFiles={async ([file]) => {
          if (!file) return;
          const a = await uploadFile<{ participants: number }>(EXCHANGE_FILE_ROUTES.importParticipants, file);
          setParticipants(a.ok ? <p className="ok">{t('import.participantsDone', { n: a.body.participants })}</p> : error(a.error.message));
          props.reload();
        }}
      >
        {participants}
      </FileStep>
      <FileStep id="transcripts" title={t('import.transcripts')} help={t('import.transcriptsHelp')} accept=".txt,.docx,.vtt,.srt" multiple action={t('import.start')} onFiles={importTranscripts}>
        {progress && <p className="tool-hint">{progress}</p>}
        <ImportResultTable results={results} />
      </FileStep>
      <FileStep id="analysis" title={t('import.analysis')} help={t('import.analysisHelp')} accept=".json,application/json" action={t('import.apply')}
        onFiles={async ([file]) => {
          if (!file) return;
          const a = await uploadFile<ApplySummaryDto>(EXCHANGE_FILE_ROUTES.applyAnalysis, file);
          if (a.ok) {
            const s = a.body;
            setAnalysis(<p className="ok">{t('import.analysisDone', { codes: s.codes.created, codings: s.codings.created, existing: s.codings.existing, themes: s.themes.created, triangulation: s.triangulation })}</p>);
          } else {
            const problems = a.error.details?.['problems'];
            setAnalysis(
              Array.isArray(problems) ? (
                <div role="alert" className="error">
                  <p>{t('import.problems')}</p>
                  <ul>
                    {(problems as { item: string; message: string }[]).map((p, i) => (
                      <li key={i}><code>{p.item}</code>: {p.message}</li>
                    ))}
                  </ul>
                </div>
              ) : error(a.error.message),
            );
          }
          props.reload();
        }}
      >
        {analysis}
      </FileStep>
      <FileStep id="codebook" title={t('import.codebook')} help={t('import.codebookHelp')} accept=".qdc" action={t('import.merge')}
        onFiles={async ([file]) => {
          if (!file) return;
          const a = await uploadFile<CodebookMergeDto>(EXCHANGE_FILE_ROUTES.mergeCodebook, file);
          setCodebook(
            a.ok ? (
              <div className="ok">
                <p>{t('import.codebookDone', { created: a.body.created, existing: a.body.existing })}</p>
                {a.body.skipped.length > 0 && (
                  <>
                    <p>{t('import.skipped')}</p>
                    <ul>{a.body.skipped.map((s, i) => <li key={i}>{s}</li>)}</ul>
                  </>
                )}
              </div>
            ) : error(a.error.message),
          );
          props.reload();
        }}
      >
        {codebook}
      </FileStep>
      <section className="import-step" aria-labelledby="qdpx-title">
        <h3 id="qdpx-title">{t('import.qdpxTitle')}</h3>
        <p className="tool-hint">{t('import.qdpxHelp')}</p>
        <pre className="command"><code>{'polyphony import new-study.polyphony study.qdpx\npolyphony serve new-study.polyphony'}</code></pre>
      </section>
    </section>
  );
}
