import './phases.css';
import type { Route } from '../app/route.js';
import { DefineView } from './DefineView.js';
import { ReviewView } from './ReviewView.js';
import type { ScreenProps } from './screen-props.js';
import { ThemeBoard } from './ThemeBoard.js';
import type { AnalysisPhases } from './use-analysis-phases.js';

/** The screens of phases 3–5 (board, review, define); nothing on other routes. */
export function PhaseScreens(props: { route: Route; screen: ScreenProps; phases: AnalysisPhases }) {
  const r = props.route;
  if (r.screen === 'review') return <ReviewView screen={props.screen} theme={r.theme} code={r.code} onReattachBySelection={props.phases.reattachBySelection} />;
  if (r.screen !== 'phase') return null;
  if (r.phase === 3) return <ThemeBoard screen={props.screen} />;
  if (r.phase === 4) return <ReviewView screen={props.screen} theme={null} code={null} onReattachBySelection={props.phases.reattachBySelection} />;
  if (r.phase === 5) return <DefineView screen={props.screen} />;
  return null;
}
