import { useI18n } from '../i18n/i18n.js';
import { ExportView } from './ExportView.js';
import { ImportView } from './ImportView.js';

/** The Import & export screen: import on the left, export on the right (stacked when narrow). */
export function ExchangeView(props: { version: number; reload(): void }) {
  const { t } = useI18n();
  return (
    <div className="exchange-view">
      <h1>{t('exchange.title')}</h1>
      <div className="exchange-columns">
        <ImportView reload={props.reload} />
        <ExportView version={props.version} />
      </div>
    </div>
  );
}
