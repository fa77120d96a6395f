import { formulaText } from './formulaText';
import type { TemplateFormula } from './types';

const r = (row: number, col: number) => ({ row, col });
const col = (c: number, top: number, bottom: number) => ({ top, left: c, bottom, right: c });

describe('formulaText', () => {
  test.each<[TemplateFormula, string]>([
    [{ fn: 'rate', budget: r(4, 3), actual: r(4, 4) }, 'IF(OR(D5=0,E5=""),"",ROUNDDOWN(E5/D5*100,2))'],
    [{ fn: 'budgetScore', budget: r(5, 4), actual: r(5, 5), weight: r(5, 6) }, 'IF(OR(E6=0,F6=""),"",ROUND(MAX(MIN(F6/E6,1),0)*G6,2))'],
    [{ fn: 'sum', areas: [col(6, 12, 59)] }, 'ROUND(SUM(G13:G60),2)'],
    [{ fn: 'sum', areas: [col(6, 5, 5), col(6, 12, 30)] }, 'ROUND(SUM(G6,G13:G31),2)'],
    [{ fn: 'grade', total: r(60, 7), scores: [col(7, 12, 59)] }, 'IF(COUNT(H13:H60)=0,"",IF(ROUND(H61,2)>=90,"优",IF(ROUND(H61,2)>=80,"良",IF(ROUND(H61,2)>=60,"中","差"))))'],
    [{ fn: 'matches', left: r(12, 12), right: r(12, 11), when: [col(6, 12, 18)] }, 'IF(COUNT(G13:G19)=0,"",IF(ROUND(M13-L13,2)=0,"相符","不符"))'],
  ])('%j', (f, text) => expect(formulaText(f)).toBe(text));
});
