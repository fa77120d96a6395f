import { Button, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState, type CSSProperties, type ReactNode } from 'react';
import { useLatch } from '../useLatch';
import { Lazy } from './Lazy';

/** Static styles (see TaskPane.styles for why not makeStyles). */
const STYLES = {
  heading: { margin: 0 },
  toggle: { width: '100%', justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular },
  panel: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}` },
} satisfies Record<string, CSSProperties>;

export interface DisclosureProps {
  title: string;
  /** Rendered (and its chunk loaded) on first opening; kept, with its state, when closed again. */
  children: ReactNode;
}

/** A collapsed section: an h2 whose button (Enter / Space) shows or hides the panel, as the Fluent Accordion did. */
export function Disclosure({ title, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const opened = useLatch(open);
  const panelId = useId();
  return (
    <section>
      <h2 style={STYLES.heading}>
        <Button
          appearance="transparent"
          style={STYLES.toggle}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {title}
        </Button>
      </h2>
      <div id={panelId} style={STYLES.panel} hidden={!open}>
        {opened && <Lazy>{children}</Lazy>}
      </div>
    </section>
  );
}
