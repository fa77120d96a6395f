/**
 * The page's only script (inline, allowed by its sha256 in the CSP). It reads the embedded
 * JSON, builds the returns table and the per-return sections with textContent (never HTML, so
 * untrusted unit names stay text), and sorts on the ranks computed in Node.
 * Plain ES2017 for any Chromium/Edge/Firefox of the last years; no template-literal placeholders here.
 */
export const PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var rows = data.rows, keys = data.keys, L = data.labels;
  var SEV = ['error', 'warning', 'info'];
  var tbody = document.getElementById('return-rows');
  var details = document.getElementById('details');
  var trs = new Array(rows.length), secs = new Array(rows.length), hay = new Array(rows.length);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function cell(tr, text, cls) { var c = el('td', cls, text === null ? '—' : text); tr.appendChild(c); return c; }
  function num(n, r) { return r.st === 'unreadable' ? null : n; }

  function buildRow(r, i) {
    var tr = el('tr', 'st-' + r.st);
    cell(tr, r.f, 'file');
    cell(tr, r.s);
    var u = el('td', 'unit'), a = el('a', null, r.u === null ? (r.x || '（未写单位）') : r.u);
    a.href = '#r-' + i;
    u.appendChild(a); tr.appendChild(u);
    cell(tr, r.y, 'num');
    cell(tr, r.k === null ? null : L.kind[r.k]);
    cell(tr, r.t, 'num');
    cell(tr, r.g);
    cell(tr, r.r, 'num');
    cell(tr, num(r.n.error, r), r.n.error ? 'num sev-error' : 'num');
    cell(tr, num(r.n.warning, r), r.n.warning ? 'num sev-warning' : 'num');
    cell(tr, L.status[r.st], 'status');
    return tr;
  }

  function fact(dl, term, value) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', null, term));
    dl.appendChild(el('dd', null, value));
  }

  function buildSection(r, i) {
    var s = el('section', 'return st-' + r.st);
    s.id = 'r-' + i;
    s.setAttribute('aria-labelledby', 'r-' + i + '-h');
    var h = el('h3', null, r.u === null ? r.f : r.u);
    h.id = 'r-' + i + '-h';
    s.appendChild(h);
    var dl = el('dl', 'facts');
    fact(dl, '文件', r.f);
    fact(dl, '工作表', r.s === null ? null : r.s + (r.a ? '!' + r.a : ''));
    fact(dl, '类型', r.k === null ? null : L.kind[r.k]);
    fact(dl, '年度', r.y);
    fact(dl, '总分', r.t === null ? null : r.t + (r.t0 !== null ? '（封顶前 ' + r.t0 + '）' : '') + (r.g ? '，' + r.g : ''));
    fact(dl, '执行率', r.r === null ? null : r.r + '%' + (r.rl ? '（' + r.rl + '）' : ''));
    fact(dl, '状态', L.status[r.st] + (r.x ? '：' + r.x : ''));
    s.appendChild(dl);
    if (r.c !== null) {
      var p = el('p', 'copy'), a = el('a', null, '打开标注副本');
      a.href = r.c;
      p.appendChild(a);
      s.appendChild(p);
    }
    for (var g = 0; g < SEV.length; g++) {
      var list = r.d[g];
      if (!list.length) continue;
      s.appendChild(el('h4', 'sev-' + SEV[g], L.severity[SEV[g]] + '（' + list.length + '）'));
      var ul = el('ul', 'findings');
      for (var j = 0; j < list.length; j++) {
        var li = el('li');
        li.appendChild(el('span', 'cell', list[j][0]));
        li.appendChild(el('span', 'code', list[j][1]));
        li.appendChild(el('span', 'msg', list[j][2]));
        ul.appendChild(li);
      }
      s.appendChild(ul);
    }
    if (r.st === 'ok' && !r.d[2].length) s.appendChild(el('p', 'clean', '未发现问题。'));
    var back = el('p', 'back'), b = el('a', null, '返回列表');
    b.href = '#returns';
    back.appendChild(b);
    s.appendChild(back);
    return s;
  }

  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];
    hay[i] = [r.f, r.s, r.u, r.y, r.x].join('\n').toLowerCase();
  }
  // A row's <tr> is made the first time it is shown: a page of 100 costs the same for 10 or 10,000 returns.
  function rowOf(i) { return trs[i] || (trs[i] = buildRow(rows[i], i)); }

  // The sections are built after the table is usable, a chunk per task; anything that needs
  // all of them (sorting, printing, following a link to one) builds the rest at once.
  var visible = rows.map(function () { return true; }), built = 0;
  function buildUpTo(end) {
    var frag = document.createDocumentFragment();
    for (; built < end; built++) {
      secs[built] = buildSection(rows[built], built);
      secs[built].hidden = !visible[built];
      frag.appendChild(secs[built]);
    }
    details.appendChild(frag);
  }
  function ensureDetails() { buildUpTo(rows.length); }
  function buildChunk() {
    buildUpTo(Math.min(rows.length, built + 100));
    if (built < rows.length) setTimeout(buildChunk, 0);
    else document.documentElement.setAttribute('data-details', '1');
  }
  tbody.addEventListener('click', function (e) { if (e.target.closest('a')) ensureDetails(); });
  window.addEventListener('beforeprint', ensureDetails);
  // Opened on a link to one return (report.html#r-12): build the sections, then go there.
  if (location.hash) {
    ensureDetails();
    var target = document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
  }

  var fStatus = document.getElementById('f-status'), fKind = document.getElementById('f-kind'), fText = document.getElementById('f-text');
  var fSize = document.getElementById('f-size'), prev = document.getElementById('p-prev'), next = document.getElementById('p-next');
  var shown = document.getElementById('shown'), pageInfo = document.getElementById('p-info');
  // The table shows one page of the filtered rows in the current order (all of them when printed).
  var order = rows.map(function (_, i) { return i; }), pageNo = 0, printing = false;
  function showPage() {
    var all = fSize.value === 'all' || printing, size = all ? Math.max(1, rows.length) : Number(fSize.value), n = 0;
    if (all) pageNo = 0;
    var frag = document.createDocumentFragment();
    for (var j = 0; j < order.length; j++) {
      var i = order[j];
      if (!visible[i]) continue;
      if (n >= pageNo * size && n < (pageNo + 1) * size) frag.appendChild(rowOf(i));
      n++;
    }
    var pages = Math.max(1, Math.ceil(n / size));
    if (pageNo >= pages) { pageNo = pages - 1; return showPage(); }
    tbody.replaceChildren(frag);
    shown.textContent = '符合条件 ' + n + ' / ' + rows.length + ' 份';
    pageInfo.textContent = '第 ' + (pageNo + 1) + ' / ' + pages + ' 页';
    prev.disabled = pageNo === 0;
    next.disabled = pageNo >= pages - 1;
  }
  function applyFilter() {
    var st = fStatus.value, k = fKind.value, q = fText.value.trim().toLowerCase();
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (st === '' || (st === 'attention' ? r.st !== 'ok' : r.st === st)) && (k === '' || r.k === k) && (q === '' || hay[i].indexOf(q) >= 0);
      visible[i] = ok;
      if (secs[i]) secs[i].hidden = !ok;
    }
    pageNo = 0;
    showPage();
  }
  fStatus.addEventListener('change', applyFilter);
  fKind.addEventListener('change', applyFilter);
  fText.addEventListener('input', applyFilter);
  fSize.addEventListener('change', function () { pageNo = 0; showPage(); });
  prev.addEventListener('click', function () { pageNo--; showPage(); });
  next.addEventListener('click', function () { pageNo++; showPage(); });
  window.addEventListener('beforeprint', function () { printing = true; showPage(); });
  window.addEventListener('afterprint', function () { printing = false; showPage(); });

  var ths = document.querySelectorAll('#returns thead th');
  var sortCol = -1, sortDir = 1;
  function sortBy(col) {
    sortDir = col === sortCol ? -sortDir : 1;
    sortCol = col;
    ensureDetails();
    order.sort(function (a, b) {
      var x = keys[a][col], y = keys[b][col];
      if (x !== y) {
        if (x < 0) return 1;
        if (y < 0) return -1;
        return sortDir * (x - y);
      }
      return a - b;
    });
    var sf = document.createDocumentFragment();
    for (var i = 0; i < order.length; i++) sf.appendChild(secs[order[i]]);
    details.appendChild(sf);
    pageNo = 0;
    showPage();
    for (var c = 0; c < ths.length; c++) ths[c].setAttribute('aria-sort', c === col ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
  }
  Array.prototype.forEach.call(ths, function (th, c) {
    th.querySelector('button').addEventListener('click', function () { sortBy(c); });
  });

  applyFilter();
  document.documentElement.setAttribute('data-ready', '1');
  // 'review-usable': the first frame with the table painted (what the bench reports).
  requestAnimationFrame(function () { setTimeout(function () { performance.mark('review-usable'); setTimeout(buildChunk, 0); }, 0); });
})();
`;
