import './report.css';
import { tableOne, type TableOne, type ThemeTable } from '@polyphony/core';
import { useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { copyTable } from './copy-table.js';

/** Table 1 as tab-separated text, for the clipboard of editors that take only plain text. */
export function tableOneTsv(model: TableOne): string {
  const lines = [['', ...model.columns.map((c) => c.text)], ...model.rows.map((r) => [r.label, ...r.cells.map((c) => c?.text ?? '')])];
  return [...lines.map((l) => l.join('\t')), ...(model.note === '' ? [] : [model.note])].join('\n');
}

/**
 * "Table 1" on the report screen: renders `tableOne` in the UI language and decides nothing of
 * its own. Styled like a journal's table and built as a plain `<table>` so that "Copy Table 1"
 * pastes cleanly into Word; the note naming the cross-cutting themes is the table's foot, so it
 * travels with a copy.
 */
export function TableOneView(props: { table: ThemeTable; colorOf(perspective: string): string }) {
  const { t, lang } = useI18n();
  const model = useMemo(() => tableOne(props.table, lang), [props.table, lang]);
  const tableRef = useRef<HTMLTableElement>(null);
  const [copied, setCopied] = useState('');
  const width = model.columns.length + 1;
  const copy = (): void => {
    if (tableRef.current) void copyTable(tableRef.current, tableOneTsv(model)).then((ok) => setCopied(t(ok ? 'report.copied' : 'report.copyFailed')));
  };
  return (
    <>
      <div className="table-tools">
        <button type="button" className="button" onClick={copy}>
          {t('report.copyTable')}
        </button>
        <span role="status" aria-live="polite" className="tool-hint">{copied}</span>
      </div>
      <table className="paper-table" id="theme-table" ref={tableRef}>
        <caption>{model.caption}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {model.columns.map((c) => (
              <th scope="col" key={c.perspective} style={{ borderTopColor: props.colorOf(c.perspective) }}>
                {c.label}
                <span className="n">{c.count}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.length === 0 && (
            <tr>
              <td colSpan={width} className="empty">{t('report.tableEmpty')}</td>
            </tr>
          )}
          {model.rows.map((row, i) => (
            <tr key={i} className={row.level === 0 ? 'main-row' : `sub-row level-${Math.min(row.level, 3)}`}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, c) => (
                <td key={c}>
                  {cell && (
                    <>
                      <div className={row.level === 0 ? 'theme-name main' : 'theme-name'}>{cell.name}</div>
                      <div className="evidence">{cell.evidence}</div>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {model.note !== '' && (
          <tfoot>
            <tr>
              <td colSpan={width}>{model.note}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </>
  );
}
