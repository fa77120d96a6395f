import { templateSheetName, uniqueSheetName } from './sheetName';

describe('uniqueSheetName', () => {
  test.each<[string[], string]>([
    [[], '自评表(2025)'],
    [['Sheet1'], '自评表(2025)'],
    [['自评表(2025)'], '自评表(2025) (2)'],
    [['自评表(2025)', '自评表(2025) (2)'], '自评表(2025) (3)'],
    [['自评表(2025)', '自评表(2025) (3)'], '自评表(2025) (2)'],
  ])('taken %j → %s', (taken, name) => expect(uniqueSheetName(templateSheetName(2025), taken)).toBe(name));

  test('compares without case, as Excel does', () => expect(uniqueSheetName('Table', ['TABLE'])).toBe('Table (2)'));
});
