export { parseValue, combineSplitTarget, formatParsed } from './parseValue';
export type { ParsedValue, QualLevel, Operator, QuantValue } from './parseValue';
export { parseAmount } from './parseAmount';
export { parseOperator } from './operator';
export { normalizeValueText, isPercentFormat } from './normalize';
export { readUnit } from './quantity';
export { equivalentValues } from './equivalent';
