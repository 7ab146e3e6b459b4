import type { Case, Participant, Perspective, Source } from '@polyphony/core';
import { Chip } from '../components/Chip.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Familiarise: who speaks in the open source (perspective, case, attributes such as age band or
 * profession) beside the transcript, and the "mark as read" switch for the source.
 */
export function ParticipantCard(props: {
  source: Source;
  participants: Participant[];
  perspectives: Perspective[];
  cases: Case[];
  colorOf(perspective: string | null): string;
  read: boolean;
  onToggleRead(): void;
}) {
  const { t } = useI18n();
  const speakers = new Set(props.source.turns.map((turn) => turn.participant).filter((p): p is string => p !== null));
  if (props.source.participant) speakers.add(props.source.participant);
  const people = props.participants.filter((p) => speakers.has(p.id));
  return (
    <section className="panel-section participant-card">
      <h2>{t('familiar.title')}</h2>
      <button type="button" className={`button${props.read ? ' done' : ''}`} aria-pressed={props.read} onClick={props.onToggleRead}>
        {props.read ? `✓ ${t('familiar.read')}` : t('familiar.markRead')}
      </button>
      {people.length === 0 && <p className="empty">{t('familiar.noParticipant')}</p>}
      {people.map((p) => {
        const perspective = props.perspectives.find((x) => x.id === p.perspective);
        const kase = props.cases.find((x) => x.id === p.case);
        const attributes = Object.entries(p.attributes);
        return (
          <dl key={p.id} className="attributes">
            <dt><Chip label={p.id} color={props.colorOf(p.perspective)} /></dt>
            <dd>
              {perspective?.label ?? p.perspective}
              {kase && ` · ${kase.label}`}
              {p.status === 'withdrawn' && ` · ${t('familiar.withdrawn')}`}
            </dd>
            {attributes.map(([k, v]) => (
              <div key={k} className="attribute">
                <dt>{k}</dt>
                <dd>{String(v)}</dd>
              </div>
            ))}
          </dl>
        );
      })}
    </section>
  );
}
