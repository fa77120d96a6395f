import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  spinner: {
    display: 'inline-block',
    flexShrink: 0,
    width: '16px',
    height: '16px',
    boxSizing: 'border-box',
    borderRadius: '50%',
    ...shorthands.border(tokens.strokeWidthThick, 'solid', tokens.colorBrandStroke2),
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.8s',
    animationTimingFunction: 'linear',
    animationIterationCount: 'infinite',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '2.4s' },
  },
});

/**
 * A 16 px ring for busy buttons and loading parts: a few hundred bytes instead of Fluent's
 * Spinner. Decorative (aria-hidden): the pane says it is busy with aria-busy and text.
 */
export function BusySpinner() {
  const styles = useStyles();
  return <span className={styles.spinner} aria-hidden />;
}
