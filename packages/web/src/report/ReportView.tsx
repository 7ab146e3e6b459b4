import '../exchange/screens.css';
import type { Relation, ThemeTable, TriangulationRow } from '@polyphony/core';
import { useRef, useState } from 'react';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { copyTable } from './copy-table.js';
import { Downloads } from './Downloads.js';
import { HeatMap } from './HeatMap.js';
import { tableLayout } from './table-layout.js';

/**
 * The report screen: the theme table (Table 1) and the triangulation (Table 2), styled like a
 * journal's tables and built as plain `<table>`s so they copy cleanly into Word; the code heat
 * map; and the downloads. `version` reloads the heat map after every change, undo and redo.
 */
export function ReportView(props: { table: ThemeTable; triangulation: TriangulationRow[]; colorOf(p: string): string; version?: number }) {
  const { t } = useI18n();
  const tableRef = useRef<HTMLTableElement>(null);
  const [copied, setCopied] = useState('');
  const rows = tableLayout(props.table);
  const total = new Map(props.table.perspectives.map((p) => [p.id, p.participants]));
  const relationKey = (r: Relation | null): MessageKey => (r ? `relation.${r}` : 'relation.none');
  return (
    <div className="report">
      <div className="section-head">
        <h1>{t('report.title')}</h1>
        <Downloads />
      </div>
      <div className="table-tools">
        <button
          type="button"
          className="button"
          onClick={() => void (tableRef.current && copyTable(tableRef.current).then((ok) => setCopied(t(ok ? 'report.copied' : 'report.copyFailed'))))}
        >
          {t('report.copyTable')}
        </button>
        <span role="status" aria-live="polite" className="tool-hint">{copied}</span>
      </div>
      <table className="paper-table" id="theme-table" ref={tableRef}>
        <caption>{t('report.table')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {props.table.perspectives.map((p) => (
              <th scope="col" key={p.id} style={{ borderTopColor: props.colorOf(p.id) }}>
                {p.label}
                <span className="n">({t('report.participantsOf', { n: p.participants })})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={props.table.perspectives.length + 1} className="empty">{t('report.tableEmpty')}</td>
            </tr>
          )}
          {rows.map((row, i) => (
            <tr key={i} className={row.kind === 'main' ? 'main-row' : 'sub-row'}>
              <th scope="row">{row.kind === 'main' ? t('report.mainTheme') : t('report.subtheme', { n: row.index })}</th>
              {row.cells.map((cell, c) => (
                <td key={c}>
                  {cell && (
                    <>
                      <span className={row.kind === 'main' ? 'theme-name main' : 'theme-name'}>{cell.name}</span>
                      <span className="evidence">
                        {t('report.evidence', { segments: cell.segments, participants: cell.participants, total: total.get(cell.perspective ?? '') ?? 0 })}
                      </span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <table className="paper-table" id="triangulation-table">
        <caption>{t('report.triangulation')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.theme')}</th>
            {props.table.perspectives.map((p) => (
              <th scope="col" key={p.id} style={{ borderTopColor: props.colorOf(p.id) }}>{p.label}</th>
            ))}
            <th scope="col">{t('report.relation')}</th>
          </tr>
        </thead>
        <tbody>
          {props.triangulation.length === 0 && (
            <tr>
              <td colSpan={props.table.perspectives.length + 2} className="empty">{t('report.triangulationEmpty')}</td>
            </tr>
          )}
          {props.triangulation.map((row) => (
            <tr key={row.name}>
              <th scope="row"><span className="theme-name main">{row.name}</span></th>
              {props.table.perspectives.map((p) => {
                const voice = row.perspectives[p.id];
                const silent = row.silent.includes(p.id);
                return (
                  <td key={p.id} className={silent ? 'silent' : undefined}>
                    {silent ? (
                      <span className="badge silent">{t('report.silent')}</span>
                    ) : (
                      <>
                        <span>{voice?.summary || t('report.noSummary')}</span>
                        <span className="evidence">
                          {t('report.evidence', { segments: voice?.segments ?? 0, participants: voice?.participants ?? 0, total: p.participants })}
                        </span>
                      </>
                    )}
                  </td>
                );
              })}
              <td>
                <span className={`badge relation-${row.relation ?? 'none'}`}>{t(relationKey(row.relation))}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <HeatMap version={props.version ?? 0} colorOf={props.colorOf} />
    </div>
  );
}
