import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { defaultServices } from './defaultServices';
import { TaskPane } from './TaskPane';

function render() {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane services={defaultServices()} />
    </FluentProvider>,
  );
}

// office.js may be missing (plain browser, offline CDN): render anyway, the pane explains.
if (typeof Office !== 'undefined') void Office.onReady(render);
else render();
