import { D, type Dec } from '../decimal';
import { toA1 } from '../grid/address';
import type { MergedArea } from '../grid/types';
import { budgetScore, executionRate } from '../rules/executionRate';
import { grade } from '../rules/grade';
import { defaultPack, type RulePack } from '../rules/rulePack';
import type { CellRef, TemplateFormula, TemplateSheet } from './types';

/** A cell's value as a spreadsheet holds it: a number, text, or null when blank. */
export type SheetValue = number | string | null;
/** What a template formula evaluates to: a decimal, or text ("" for the guarded blanks, 优 …). */
export type FormulaValue = Dec | string;

/** Reads an input cell's value (the filled-in workbook). */
export type ReadCell = (ref: CellRef) => SheetValue;

const isBlank = (v: SheetValue | FormulaValue): boolean => v === null || v === '';
/** Excel arithmetic on a value: blank is 0, text is not a number (null). */
function asNumber(v: SheetValue | FormulaValue): Dec | null {
  if (v === null) return D(0);
  if (typeof v === 'number') return D(v);
  return typeof v === 'string' ? null : v;
}

function cellsOf(areas: MergedArea[]): CellRef[] {
  const out: CellRef[] = [];
  for (const m of areas) for (let row = m.top; row <= m.bottom; row++) for (let col = m.left; col <= m.right; col++) out.push({ row, col });
  return out;
}

/**
 * Compute every formula of a template over a filled-in sheet, as Excel would, but in decimals
 * (executionRate / budgetScore of the rules): the values a writer stores as cached results, so
 * that a reader that does not calculate (the engine, a previewer) sees what Excel shows.
 *
 * @param read the values of the input cells; formula cells are computed, never read
 * @returns the value of each formula cell, keyed by its A1 address
 * @example evaluateTemplate(buildTemplate('dept', 2025), () => null).get('G5') // '' (no budget yet)
 */
export function evaluateTemplate(sheet: TemplateSheet, read: ReadCell, pack: RulePack = defaultPack): Map<string, FormulaValue> {
  const formulas = new Map<string, TemplateFormula>();
  for (const c of sheet.cells) if (c.formula) formulas.set(toA1(c.row, c.col), c.formula);
  const done = new Map<string, FormulaValue>();

  const value = (ref: CellRef): SheetValue | FormulaValue => {
    const key = toA1(ref.row, ref.col);
    const f = formulas.get(key);
    if (!f) return read(ref);
    let v = done.get(key);
    if (v === undefined) {
      v = compute(f);
      done.set(key, v);
    }
    return v;
  };
  const numbers = (areas: MergedArea[]): Dec[] =>
    cellsOf(areas)
      .map(value)
      .filter((v): v is number | Dec => typeof v === 'number' || (v !== null && typeof v === 'object'))
      .map((v) => D(v));

  function compute(f: TemplateFormula): FormulaValue {
    switch (f.fn) {
      case 'rate':
      case 'budgetScore': {
        const budget = asNumber(value(f.budget));
        const actual = asNumber(value(f.actual));
        if (!budget || budget.isZero() || isBlank(value(f.actual)) || !actual) return '';
        const weight = f.fn === 'budgetScore' ? asNumber(value(f.weight)) : null;
        const r = f.fn === 'rate' ? executionRate(actual, budget, 'cut') : weight && budgetScore(actual, budget, weight);
        return r ?? '';
      }
      case 'sum':
        return numbers(f.areas).reduce((s, n) => s.plus(n), D(0)).toDecimalPlaces(2);
      case 'grade':
        return numbers(f.scores).length === 0 ? '' : grade((asNumber(value(f.total)) ?? D(0)).toDecimalPlaces(2), pack);
      case 'matches': {
        if (numbers(f.when).length === 0) return '';
        const [l, r] = [asNumber(value(f.left)) ?? D(0), asNumber(value(f.right)) ?? D(0)];
        return l.minus(r).toDecimalPlaces(2).isZero() ? '相符' : '不符';
      }
    }
  }

  for (const c of sheet.cells) if (c.formula) value(c);
  return done;
}
