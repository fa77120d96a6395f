import { Spinner } from '@fluentui/react-components';

/** Fluent's Spinner at its tiniest, for busy buttons and loading parts. Decorative: the pane says it is busy with aria-busy and text. */
export function BusySpinner() {
  return <Spinner size="extra-tiny" aria-hidden />;
}
