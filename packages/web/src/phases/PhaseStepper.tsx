import type { Memo } from '@polyphony/core';
import { useState } from 'react';
import { MemoBox } from '../components/MemoBox.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * The phase stepper above each screen: which phase this screen is and where the project stands,
 * a button that records moving the project on (setPhase, logged), and the reflexive journal for
 * the phase on view, folded away until asked for.
 */
export function PhaseStepper(props: {
  viewing: number;
  current: number;
  journal: Memo[];
  onSetPhase(phase: number): void;
  onAddJournal(phase: number, text: string): Promise<void>;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const entries = props.journal.filter((m) => m.phase === props.viewing);
  const name = (n: number) => t(`phase.${n}` as MessageKey);
  return (
    <div className="phase-stepper">
      <span className="phase-where">
        {t('stepper.viewing', { n: props.viewing, name: name(props.viewing) })}
        {props.viewing !== props.current && <span className="phase-project"> · {t('stepper.project', { name: name(props.current) })}</span>}
      </span>
      {props.viewing !== props.current ? (
        <button type="button" className="button" onClick={() => props.onSetPhase(props.viewing)}>
          {t('phase.moveHere')}
        </button>
      ) : (
        props.current < 6 && (
          <button type="button" className="button" onClick={() => props.onSetPhase(props.current + 1)}>
            {t('stepper.next', { name: name(props.current + 1) })}
          </button>
        )
      )}
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('stepper.journal', { n: entries.length })}
      </button>
      {open && (
        <div className="stepper-journal">
          <MemoBox title="journal.title" empty="journal.empty" placeholder="journal.placeholder" add="journal.add" memos={entries} onAdd={(text) => props.onAddJournal(props.viewing, text)} />
        </div>
      )}
    </div>
  );
}
