import { tokens } from '@fluentui/react-components';

/**
 * A 16 px turning ring for busy buttons and loading parts: an SVG animation instead of
 * Fluent's Spinner (and no CSS keyframes to compile at run time). Decorative: the pane
 * says it is busy with aria-busy and text.
 */
export function BusySpinner() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" strokeWidth="2" aria-hidden style={{ flexShrink: 0 }}>
      <circle cx="8" cy="8" r="7" style={{ stroke: tokens.colorBrandStroke2 }} />
      <path d="M8 1a7 7 0 0 1 7 7" strokeLinecap="round" style={{ stroke: tokens.colorBrandStroke1 }}>
        <animateTransform attributeName="transform" type="rotate" from="0 8 8" to="360 8 8" dur="0.8s" repeatCount="indefinite" />
      </path>
    </svg>
  );
}
