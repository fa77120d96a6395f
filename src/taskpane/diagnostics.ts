import { highestSet, type RequirementSet } from '../common/officeHelpers';
import type { FunctionsProbe } from '../excel/probeFunctions';
import type { HostDiagnostics } from './services';

/** Office.js platform names in the words an accountant knows. */
const PLATFORM_WORDS: Record<string, string> = {
  OfficeOnline: 'Excel 网页版',
  PC: 'Windows 版 Excel',
  Mac: 'Mac 版 Excel',
  iOS: 'iPad 版 Excel',
  Android: 'Android 版 Excel',
  Universal: 'Windows 平板版 Excel',
};

/** "Excel 网页版" for 'OfficeOnline' and so on. */
export function platformWords(platform: string | null): string {
  return platform ? (PLATFORM_WORDS[platform] ?? `Excel（${platform}）`) : '未在 Excel 中运行';
}

export interface DiagnosticFacts {
  platform: string;
  version: string;
  excelApi: string;
  sharedRuntime: boolean;
}

/** What the 诊断 panel states about the host. */
export function diagnosticFacts(d: HostDiagnostics, supports: (set: RequirementSet) => boolean): DiagnosticFacts {
  return {
    platform: platformWords(d.platform),
    version: d.version ?? '未知',
    excelApi: highestSet('ExcelApi', supports) ?? '不支持',
    sharedRuntime: supports({ name: 'SharedRuntime', version: '1.1' }),
  };
}

/** What to do, in plain Chinese, for the facts and the PERF probe (null: not yet probed). */
export function diagnosticAdvice(facts: DiagnosticFacts, probe: FunctionsProbe | null): string[] {
  if (!facts.sharedRuntime)
    return ['此版本的 Excel 不支持本加载项需要的「共享运行时」（SharedRuntime 1.1），PERF 函数无法使用。请升级到 Microsoft 365，或 Office 2021 / 2024，或使用 Excel 网页版。'];
  if (probe === 'registered') return ['PERF 函数可以使用。若某个单元格仍显示 #NAME?，选中它按 F2 再按 Enter 重新计算。'];
  if (probe === 'pending') return ['PERF 函数还在计算：稍等几秒再点「检查 PERF 函数」。'];
  if (probe === 'missing')
    return [
      'Excel 没有加载 PERF 函数（单元格会显示 #NAME?）。请依次尝试：',
      '1. 关闭本任务窗格，再从「开始」选项卡点「绩效自评助手」重新打开；',
      '2. 在「开始 → 加载项 → 我的加载项」中点一下「绩效自评助手」；',
      '3. 保存并关闭工作簿，重新打开 Excel；',
      '4. 仍不行：把本面板的内容截图发给管理员（加载项可能未部署或清单地址不可访问）。',
    ];
  return ['若单元格显示 #NAME?，点「检查 PERF 函数」：本工具会在隐藏的临时工作表中计算一次 PERF.RATE(50,100)，随即删除该表。'];
}
