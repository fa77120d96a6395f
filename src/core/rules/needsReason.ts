import type { Dec } from '../decimal';
import type { Assessment } from './assessIndicator';

/** Why a row needs a 偏差原因 and how severe its absence is (rules.md §8.11). */
export interface ReasonNeed {
  required: boolean;
  /** Severity of the finding when the reason is missing; null when none is required. */
  severity: 'error' | 'warning' | null;
  /**
   * The case of §8.11. 'large-overshoot' is reported as LARGE_OVERSHOOT (warning), every other
   * case as MISSING_REASON with `severity`.
   */
  because: 'under' | 'partial' | 'over' | 'score-below-weight' | 'qualitative-below-weight' | 'large-overshoot' | null;
  /** The finding a missing reason gives: LARGE_OVERSHOOT for 'large-overshoot', else MISSING_REASON; null when none is required. */
  code: 'MISSING_REASON' | 'LARGE_OVERSHOOT' | null;
}

const NOT_REQUIRED: ReasonNeed = { required: false, severity: null, because: null, code: null };

function need(severity: 'error' | 'warning', because: NonNullable<ReasonNeed['because']>): ReasonNeed {
  return { required: true, severity, because, code: because === 'large-overshoot' ? 'LARGE_OVERSHOOT' : 'MISSING_REASON' };
}

function scoredBelowWeight(weight: Dec | null, score: Dec | null): boolean {
  return weight !== null && score !== null && score.lt(weight);
}

/**
 * Decide whether a row must carry a 偏差原因 (rules.md §8.11, §8.9):
 * under / partial → error; `=` exceeded → warning; met but 得分 < 分值 → error (quantitative,
 * 投入管理) or warning (qualitative 达成); met with a large over-completion → LARGE_OVERSHOOT warning;
 * not-evaluable rows → nothing (they get NOT_EVALUABLE instead).
 *
 * @param a.assessment the row's assessment; null for rows without target and completion
 * @param a.inputManagement a 投入管理 row (二级 only): only 得分 < 分值 asks for a reason
 */
export function needsReason(a: { assessment: Assessment | null; weight: Dec | null; score: Dec | null; inputManagement?: boolean }): ReasonNeed {
  const { assessment, weight, score } = a;
  if (a.inputManagement || assessment === null) {
    return scoredBelowWeight(weight, score) ? need('error', 'score-below-weight') : NOT_REQUIRED;
  }
  if (assessment.class === 'not-evaluable') return NOT_REQUIRED;
  switch (assessment.deviation) {
    case 'under':
      return need('error', 'under');
    case 'partial':
      return need('error', 'partial');
    case 'over':
      return need('warning', 'over');
    default:
      break;
  }
  if (scoredBelowWeight(weight, score)) {
    return assessment.class === 'quantitative' ? need('error', 'score-below-weight') : need('warning', 'qualitative-below-weight');
  }
  return assessment.largeOvershoot ? need('warning', 'large-overshoot') : NOT_REQUIRED;
}
