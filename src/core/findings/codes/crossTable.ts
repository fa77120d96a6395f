import { defineFindings } from '../define';

/** Finding codes of the targets table against the completion tables (rules.md §8.20). */
export const crossTableFindings = defineFindings({});
