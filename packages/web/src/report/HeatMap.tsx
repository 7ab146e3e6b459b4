import type { MatrixDto } from '@polyphony/core';
import { useState } from 'react';
import { useApi } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { HEAT_RAMP, heatShade } from './heat-scale.js';

/** The heat map's table, without loading: a row per code, a column per perspective, case or value. */
export function HeatTable(props: { matrix: MatrixDto; columnsLabel: string; colorOf(perspective: string): string }) {
  const { t } = useI18n();
  const { matrix } = props;
  const max = Math.max(0, ...matrix.rows.flatMap((r) => r.cells.map((c) => c.segments)));
  const byPerspective = matrix.cols === 'perspective';
  if (matrix.rows.length === 0) return <p className="empty">{t('heatmap.empty')}</p>;
  if (matrix.columns.length === 0) return <p className="empty">{t('heatmap.noColumns')}</p>;
  return (
    <div className="heatmap-scroll">
      <table className="paper-table heatmap">
        <caption>{t('heatmap.caption', { columns: props.columnsLabel.toLowerCase() })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('heatmap.code')}</th>
            {matrix.columns.map((c) => (
              <th scope="col" key={c.id} style={byPerspective ? { borderTopColor: props.colorOf(c.id) } : undefined} className={byPerspective ? 'perspective-head' : undefined}>
                {c.label}
              </th>
            ))}
            <th scope="col">{t('heatmap.total')}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                <span className="code-swatch" style={{ background: row.color }} aria-hidden="true" />
                {row.name}
              </th>
              {row.cells.map((cell, i) => {
                const shade = heatShade(cell.segments, max);
                return (
                  <td
                    key={matrix.columns[i]?.id ?? i}
                    className="heat-cell"
                    style={{ background: shade.background, color: shade.color }}
                    title={t('heatmap.cell', { segments: cell.segments, participants: cell.participants })}
                  >
                    {cell.segments}
                    {cell.segments > 0 && <span className="heat-n"> ({cell.participants})</span>}
                  </td>
                );
              })}
              <td className="heat-total">
                {row.total.segments}
                {row.total.segments > 0 && <span className="heat-n"> ({row.total.participants})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="heat-legend" aria-hidden="true">
        <span>{t('heatmap.fewer')}</span>
        {HEAT_RAMP.map((s) => (
          <span key={s.background} className="heat-step" style={{ background: s.background }} />
        ))}
        <span>{t('heatmap.more')}</span>
      </div>
    </div>
  );
}

/** Code × perspective heat map, switchable to cases or a participant attribute. */
export function HeatMap(props: { version: number; colorOf(perspective: string): string }) {
  const { t } = useI18n();
  const [cols, setCols] = useState('perspective');
  const matrix = useApi('GET /api/matrix', { cols }, props.version);
  const label = (c: string) => (c === 'perspective' ? t('heatmap.perspective') : c === 'case' ? t('heatmap.case') : t('heatmap.attribute', { name: c }));
  const options = ['perspective', 'case', ...(matrix.data?.attributes ?? [])];
  return (
    <section className="heatmap-section" aria-labelledby="heatmap-title">
      <div className="section-head">
        <h2 id="heatmap-title">{t('heatmap.title')}</h2>
        <label className="inline-field">
          {t('heatmap.columns')}{' '}
          <select value={cols} onChange={(e) => setCols(e.target.value)}>
            {options.map((o) => (
              <option key={o} value={o}>{label(o)}</option>
            ))}
          </select>
        </label>
      </div>
      {matrix.error && <p className="error">{matrix.error.message}</p>}
      {matrix.data && matrix.data.cols === cols && <HeatTable matrix={matrix.data} columnsLabel={label(cols)} colorOf={props.colorOf} />}
    </section>
  );
}
