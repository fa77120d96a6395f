import type { Dec } from '../decimal';
import { defaultPack, type RulePack } from './rulePack';

export type Grade = '优' | '良' | '中' | '差';

/**
 * Return the grade of a total score (rules.md §7.13; S1, S4): ≥ 90 优, 80 ≤ t < 90 良,
 * 60 ≤ t < 80 中, below 60 差 — bands from the rule pack.
 *
 * @example grade(D('98.8')) // '优'
 */
export function grade(total: Dec, pack: RulePack = defaultPack): Grade {
  const band = pack.gradeBands.find((candidate) => total.gte(candidate.min));
  return band ? band.grade : '差';
}
