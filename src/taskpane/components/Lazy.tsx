import { Component, Suspense, type ReactNode } from 'react';
import { usePaneStyles } from '../TaskPane.styles';
import { BusySpinner } from './BusySpinner';

interface LazyProps {
  children: ReactNode;
  /** Shown while the part loads; a spinner and 正在加载… unless given. */
  fallback?: ReactNode;
}

/**
 * Suspense for a lazily loaded part, and what the pane says if its chunk cannot be loaded
 * (offline, or a newer version deployed while the pane was open) instead of going blank.
 */
export class Lazy extends Component<LazyProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <LoadNote failed />;
    return <Suspense fallback={this.props.fallback ?? <LoadNote failed={false} />}>{this.props.children}</Suspense>;
  }
}

function LoadNote({ failed }: { failed: boolean }) {
  const styles = usePaneStyles();
  return failed ? (
    <span className={styles.hint} role="alert">
      无法加载此部分：请检查网络，然后关闭并重新打开任务窗格。
    </span>
  ) : (
    <span className={styles.loading}>
      <BusySpinner />
      正在加载…
    </span>
  );
}
