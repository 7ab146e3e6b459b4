import '../exchange/screens.css';
import { evidenceText, type Relation, type ThemeTable, type TriangulationRow } from '@polyphony/core';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { Downloads } from './Downloads.js';
import { HeatMap } from './HeatMap.js';
import { TableOneView } from './TableOneView.js';

/**
 * The report screen: the theme table (Table 1, see `TableOneView`) and the triangulation
 * (Table 2), styled like a journal's tables and built as plain `<table>`s so they copy cleanly
 * into Word; the code heat map; and the downloads. `version` reloads the heat map after every
 * change, undo and redo.
 */
export function ReportView(props: { table: ThemeTable; triangulation: TriangulationRow[]; colorOf(p: string): string; version?: number }) {
  const { t, lang } = useI18n();
  const relationKey = (r: Relation | null): MessageKey => (r ? `relation.${r}` : 'relation.none');
  return (
    <div className="report">
      <div className="section-head">
        <h1>{t('report.title')}</h1>
        <Downloads />
      </div>
      <TableOneView table={props.table} colorOf={props.colorOf} />

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
                          {evidenceText(voice?.segments ?? 0, voice?.participants ?? 0, p.participants, lang)}
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
