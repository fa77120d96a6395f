import { defineFindings } from '../define';

/** Finding codes of the rule pack's caps and deductions (rules.md §8.21). */
export const packFindings = defineFindings({});
