/**
 * Error values for the PERF functions. Custom functions never throw: bad input returns
 * a CustomFunctions.Error, which Excel shows as #VALUE! (or #N/A) with our Chinese message
 * in the cell's error tooltip.
 */
export type PerfErrorCode = 'invalidValue' | 'notAvailable';

/** The message prefix that tells the user which add-in produced the error. */
const PREFIX = '绩效自评：';

export function perfError(message: string, code: PerfErrorCode = 'invalidValue'): CustomFunctions.Error {
  const text = PREFIX + message;
  // Outside Excel (tests, Node benchmarks) the runtime global is absent: return an
  // equivalent plain object so callers and tests see the same code and message.
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    const excelCode = code === 'notAvailable' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(excelCode, text);
  }
  return { code: code === 'notAvailable' ? '#N/A' : '#VALUE!', message: text } as unknown as CustomFunctions.Error;
}

export function isPerfError(value: unknown): value is CustomFunctions.Error {
  return typeof value === 'object' && value !== null && 'message' in value && 'code' in value;
}
