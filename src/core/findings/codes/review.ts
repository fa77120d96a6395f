import { defineFindings } from '../define';

/** Finding codes of the checks reviewers make (issue 15). */
export const reviewFindings = defineFindings({});
