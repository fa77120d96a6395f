import { toA1 } from '../grid/address';
import { renderMessage, type MessageParams } from '../locales/zh-CN';
import type { Finding, FindingCode, Severity } from '../report/types';

/** A finding with its Chinese message rendered from its params. */
export function finding(code: FindingCode, severity: Severity, at: { row: number; col: number }, params: MessageParams): Finding {
  return { code, severity, cell: toA1(at.row, at.col), message: renderMessage(code, params), params };
}
