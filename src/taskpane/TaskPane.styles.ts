import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

/** Layout for a 320 px wide pane: one column, wrapping button rows. The pane's one styling system: makeStyles on Fluent tokens. */
export const usePaneStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    ...shorthands.padding(tokens.spacingVerticalM, tokens.spacingHorizontalM),
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { ...typographyStyles.title3, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  loading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scope: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, ...typographyStyles.caption1 },
  // A native select (a Fluent Select would add to the first paint) drawn with the theme's tokens.
  nativeSelect: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.padding(tokens.spacingVerticalXXS, tokens.spacingHorizontalXS),
  },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0, ...typographyStyles.caption1 },
  fact: { margin: 0, overflowWrap: 'anywhere' },
  advice: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // A Select in a Field (a grid) is as wide as its longest option unless allowed to shrink: 320 px would overflow.
  select: { minWidth: 0 },
  disclosureHeading: { margin: 0 },
  disclosureToggle: { width: '100%', justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular },
  disclosurePanel: { ...shorthands.padding(tokens.spacingVerticalXS, tokens.spacingHorizontalM, tokens.spacingVerticalM) },
});
