import { Button } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { usePaneStyles } from '../TaskPane.styles';
import { useLatch } from '../useLatch';
import { Lazy } from './Lazy';

export interface DisclosureProps {
  title: string;
  /** Rendered (and its chunk loaded) on first opening; kept, with its state, when closed again. */
  children: ReactNode;
}

/** A collapsed section: an h2 whose button (Enter / Space) shows or hides the panel, as the Fluent Accordion did. */
export function Disclosure({ title, children }: DisclosureProps) {
  const styles = usePaneStyles();
  const [open, setOpen] = useState(false);
  const opened = useLatch(open);
  const panelId = useId();
  return (
    <section>
      <h2 className={styles.disclosureHeading}>
        <Button
          appearance="transparent"
          className={styles.disclosureToggle}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {title}
        </Button>
      </h2>
      <div id={panelId} className={styles.disclosurePanel} hidden={!open}>
        {opened && <Lazy>{children}</Lazy>}
      </div>
    </section>
  );
}
