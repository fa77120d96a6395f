import type { CellStyle, DecimalValidation, FillRole } from './types';

/** Fill colours by role (#RRGGBB); null = no fill. Input cells are the warm ones, formulas the green ones. */
export const FILL_COLORS: Record<FillRole, string | null> = {
  input: '#FFF2CC',
  computed: '#E2EFDA',
  header: '#D9E1F2',
  title: null,
};

export const MONEY_FORMAT = '#,##0.00';
export const POINTS_FORMAT = '0.00';

const boxed: CellStyle = { border: true, vertical: 'middle', wrap: true };

/** The styles the templates use, by what the cell is. */
export const STYLE = {
  title: { bold: true, fontSize: 16, fill: 'title', horizontal: 'center', vertical: 'middle' },
  subtitle: { fill: 'title', horizontal: 'center', vertical: 'middle' },
  label: { ...boxed, horizontal: 'center' },
  strongLabel: { ...boxed, bold: true, horizontal: 'center' },
  note: { ...boxed, horizontal: 'left' },
  header: { ...boxed, bold: true, fill: 'header', horizontal: 'center' },
  inputText: { ...boxed, fill: 'input', horizontal: 'left' },
  inputLongText: { ...boxed, fill: 'input', horizontal: 'left', vertical: 'top' },
  inputMoney: { ...boxed, fill: 'input', horizontal: 'right', numberFormat: MONEY_FORMAT },
  inputPoints: { ...boxed, fill: 'input', horizontal: 'center', numberFormat: POINTS_FORMAT },
  computedMoney: { ...boxed, fill: 'computed', horizontal: 'right', numberFormat: MONEY_FORMAT },
  computedPoints: { ...boxed, fill: 'computed', horizontal: 'center', numberFormat: POINTS_FORMAT },
  computedText: { ...boxed, bold: true, fill: 'computed', horizontal: 'center' },
} as const satisfies Record<string, CellStyle>;

/** 权重, 分值, 得分 and amounts: a decimal ≥ 0. */
export const NON_NEGATIVE: DecimalValidation = { type: 'decimal', min: 0, message: '请输入不小于 0 的数字' };
