import { rangeA1, toA1 } from '../grid/address';
import type { MergedArea } from '../grid/types';
import { defaultPack, type GradeBand, type RulePack } from '../rules/rulePack';
import type { CellRef, TemplateFormula } from './types';

const a1 = (ref: CellRef): string => toA1(ref.row, ref.col);
const areas = (list: MergedArea[]): string => list.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)).join(',');

/** 优/良/中/差 as nested IFs over the rule pack's bands (highest first), on the total rounded to 2 dp. */
function gradeIfs(total: string, bands: readonly GradeBand[]): string {
  return bands.reduceRight((otherwise, band) => `IF(ROUND(${total},2)>=${band.min.toString()},"${band.grade}",${otherwise})`, '"差"');
}

/**
 * Return the Excel formula text (without the leading "=") of a template formula, using native
 * functions only so that the sheet computes without the add-in.
 *
 * @example formulaText({ fn: 'rate', budget: { row: 4, col: 3 }, actual: { row: 4, col: 4 } })
 *   // 'IF(OR(D5=0,E5=""),"",ROUNDDOWN(E5/D5*100,2))' (a blank D5 equals 0 in Excel)
 */
export function formulaText(f: TemplateFormula, pack: RulePack = defaultPack): string {
  switch (f.fn) {
    case 'rate': {
      const [b, a] = [a1(f.budget), a1(f.actual)];
      return `IF(OR(${b}=0,${a}=""),"",ROUNDDOWN(${a}/${b}*100,2))`;
    }
    case 'budgetScore': {
      const [b, a, w] = [a1(f.budget), a1(f.actual), a1(f.weight)];
      return `IF(OR(${b}=0,${a}=""),"",ROUND(MAX(MIN(${a}/${b},1),0)*${w},2))`;
    }
    case 'sum':
      return `ROUND(SUM(${areas(f.areas)}),2)`;
    case 'grade':
      return `IF(COUNT(${areas(f.scores)})=0,"",${gradeIfs(a1(f.total), pack.gradeBands)})`;
    case 'matches':
      return `IF(COUNT(${areas(f.when)})=0,"",IF(ROUND(${a1(f.left)}-${a1(f.right)},2)=0,"相符","不符"))`;
  }
}
