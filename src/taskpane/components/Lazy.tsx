import { Caption1, Spinner } from '@fluentui/react-components';
import { Component, Suspense, type ReactNode } from 'react';

interface LazyProps {
  children: ReactNode;
  /** Shown while the part loads; a small spinner unless given. */
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
    if (this.state.failed) return <Caption1 role="alert">无法加载此部分：请检查网络，然后关闭并重新打开任务窗格。</Caption1>;
    return <Suspense fallback={this.props.fallback ?? <Spinner size="tiny" label="正在加载…" />}>{this.props.children}</Suspense>;
  }
}
