import { perfError } from './errors';

/** The message of the last-resort error value; the property test asserts no input reaches it. */
export const UNEXPECTED = '计算时出现意外错误，请检查参数';

/**
 * Runs a PERF function's body: a custom function that throws shows a bare #VALUE! with no
 * message, so anything the argument checks did not foresee becomes an error value that says so.
 */
export function neverThrows<T>(body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch {
    return perfError(UNEXPECTED);
  }
}
