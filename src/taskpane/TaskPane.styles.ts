import { tokens, typographyStyles } from '@fluentui/react-components';
import type { CSSProperties } from 'react';

/**
 * Layout for a 320 px wide pane: one column, wrapping button rows. Plain style objects on
 * Fluent tokens (CSS variables), not makeStyles: these styles have no states or media
 * queries, and makeStyles would put Griffel's runtime CSS compiler (with stylis and
 * rtl-css-js, ~8 KB gz) into the first paint. Fluent's own components ship precompiled.
 */
export const paneStyles = {
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: typographyStyles.title3,
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
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0, ...typographyStyles.caption1 },
  fact: { margin: 0, overflowWrap: 'anywhere' },
  advice: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // A Select in a Field (a grid) is as wide as its longest option unless allowed to shrink: 320 px would overflow.
  select: { minWidth: 0 },
} satisfies Record<string, CSSProperties>;
