import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Layout for a 320 px wide pane: one column, wrapping button rows. */
export const useTaskPaneStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // Typography from tokens rather than Fluent's Text components, which the first paint would load.
  title: typographyStyles.title3,
  caption: typographyStyles.caption1,
  loading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});
