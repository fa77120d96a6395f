import { findingHelp, severityWords } from './findingList';

/** Fills the help page's finding table (a script file: the page's CSP allows no inline script). */
function render(): void {
  const target = document.getElementById('finding-list');
  if (!target) return;
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const h of ['提示', '含义', '怎么改']) head.appendChild(document.createElement('th')).textContent = h;
  const body = table.createTBody();
  for (const f of findingHelp()) {
    const row = body.insertRow();
    row.id = `finding-${f.code}`;
    const sev = row.insertCell();
    sev.className = `sev-${f.severity === 'varies' ? 'error' : f.severity}`;
    sev.textContent = severityWords(f.severity);
    row.insertCell().textContent = f.meaning;
    row.insertCell().textContent = f.advice;
  }
  target.replaceChildren(table);
}

render();
