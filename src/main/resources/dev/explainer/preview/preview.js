// The preview's script: served by `explainer serve` only, never written to the site.
// It keeps the tab in step with the files on disk (reload after a good build, an error panel over a
// stale page after a failed one) and offers the proofreading mode. It builds every element with DOM
// calls and textContent, never innerHTML, so content can never inject markup here.
(() => {
  'use strict';
  // Inside the error frame there is nothing to do: the tab around it listens already.
  if (window.top !== window.self) return;

  const me = document.currentScript;
  const pageBuild = Number(me.dataset.build);
  const pageSite = Number(me.dataset.site);
  const followEveryBuild = me.dataset.follow === 'build';
  const root = document.documentElement;
  const PROOF_KEY = 'explainer-preview-proofread';

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  // --- the bar: connection state and the proofreading toggle ------------------------------------

  const statusText = el('span', {class: 'pv-status', role: 'status', text: 'Preview: connecting…'});
  const proofButton = el('button', {type: 'button', class: 'pv-button', 'aria-pressed': 'false', text: 'Proofread'});
  const bar = el('div', {class: 'pv-bar', role: 'region', 'aria-label': 'Preview'}, statusText, proofButton);
  document.body.append(bar);

  function setStatus(text, kind) {
    statusText.textContent = text;
    bar.dataset.state = kind;
  }

  // --- errors: a panel over the stale page -------------------------------------------------------

  let overlay = null;
  let shownBuild = -1;
  // Lives in the bar, so the errors can be brought back after hiding them to look at the stale page.
  const errorsButton = el('button', {type: 'button', class: 'pv-button', 'aria-expanded': 'true', text: 'Hide errors'});
  errorsButton.addEventListener('click', () => {
    overlay.hidden = !overlay.hidden;
    errorsButton.setAttribute('aria-expanded', String(!overlay.hidden));
    errorsButton.textContent = overlay.hidden ? 'Show errors' : 'Hide errors';
  });

  function showErrors(state) {
    root.classList.add('pv-stale');
    setStatus('Build failed: ' + state.errors + (state.errors === 1 ? ' error' : ' errors') + '. This page is stale.', 'failed');
    if (followEveryBuild) return; // file and article views show their own content, with the bar as the warning
    if (!overlay) {
      overlay = el('div', {class: 'pv-overlay', role: 'region', 'aria-labelledby': 'pv-overlay-title'},
        el('p', {class: 'pv-overlay-bar', id: 'pv-overlay-title',
          text: 'Build failed. The page underneath is stale: it is the last good build, not your latest edit.'}),
        el('iframe', {class: 'pv-frame', title: 'Build errors'}));
      document.body.append(overlay);
      bar.insertBefore(errorsButton, proofButton);
    }
    if (shownBuild !== state.build) {
      overlay.hidden = false;
      errorsButton.setAttribute('aria-expanded', 'true');
      errorsButton.textContent = 'Hide errors';
      overlay.querySelector('iframe').src = '/_preview/errors?build=' + state.build;
      shownBuild = state.build;
    }
  }

  function clearErrors() {
    root.classList.remove('pv-stale');
    if (overlay) {
      errorsButton.remove();
      overlay.remove();
      overlay = null;
      shownBuild = -1;
    }
  }

  // --- live reload -------------------------------------------------------------------------------

  function onState(state) {
    const stale = followEveryBuild ? state.build !== pageBuild : state.site !== pageSite;
    if (stale && (state.ok || followEveryBuild)) {
      setStatus('Preview: reloading…', 'reloading');
      location.reload();
      return;
    }
    if (state.ok) {
      clearErrors();
      setStatus('Preview: live' + (state.warnings ? ' · ' + state.warnings + (state.warnings === 1 ? ' warning' : ' warnings') : ''), 'live');
    } else {
      showErrors(state);
    }
  }

  function offline() {
    setStatus('Preview: disconnected (is `explainer serve` running?)', 'offline');
  }

  // One stream for all tabs through a shared worker where there is one (see events-worker.js),
  // else a stream of this tab's own.
  function listen() {
    if (window.SharedWorker) {
      try {
        const worker = new SharedWorker('/_preview/events-worker.js', {name: 'explainer-preview'});
        worker.port.addEventListener('message', e => e.data.type === 'state' ? onState(JSON.parse(e.data.data)) : offline());
        worker.port.start();
        addEventListener('pagehide', () => worker.port.postMessage('bye'));
        // A page restored from the back-forward cache has said goodbye and may be stale: load it afresh.
        addEventListener('pageshow', e => { if (e.persisted) location.reload(); });
        return;
      } catch (e) {
        // Blocked or unsupported: fall back to a stream of our own.
      }
    }
    const events = new EventSource('/_preview/events');
    events.addEventListener('state', e => onState(JSON.parse(e.data)));
    events.addEventListener('error', offline);
  }
  listen();

  // --- proofreading ------------------------------------------------------------------------------

  let data = null;
  let panel = null;
  let tip = null;
  let tipFor = null;
  let hideTimer = 0;

  const STATUS_LABEL = {
    'corroborated': 'Corroborated',
    'single-source': 'Single source',
    'contested': 'Contested',
    'unsourced': 'Unsourced prose',
  };

  function entryFor(node) {
    const key = node.dataset.stmt;
    const known = data && data.statements[key];
    if (known) return Object.assign({key}, known);
    const status = node.dataset.status || (key.startsWith('prose') ? 'unsourced' : 'unknown');
    return {key, kind: 'statement', text: node.textContent.trim().slice(0, 240), yaml: node.dataset.yaml || '',
      link: null, status, cites: [], dissent: []};
  }

  function quoteLine(c, verdict) {
    return el('li', {class: 'pv-cite'},
      el('strong', {text: c.label + ': '}),
      el('q', {text: c.quote}),
      ' ',
      el('a', {href: c.article, target: '_blank', text: 'in the full article'}),
      ' · ',
      el('a', {href: c.href, text: 'reading page'}),
      verdict ? el('p', {class: 'pv-verdict', text: 'Our verdict: ' + verdict}) : null);
  }

  function yamlLink(entry) {
    if (!entry.yaml) return null;
    return entry.link
      ? el('a', {href: entry.link, target: '_blank', class: 'pv-yaml', text: entry.yaml})
      : el('code', {class: 'pv-yaml', text: entry.yaml});
  }

  function showTip(node) {
    clearTimeout(hideTimer);
    if (tipFor === node) return;
    hideTip(true);
    const e = entryFor(node);
    tip = el('div', {class: 'pv-tip pv-status-' + e.status, role: 'tooltip', id: 'pv-tip'},
      el('p', {class: 'pv-tip-head'},
        el('span', {class: 'pv-badge pv-status-' + e.status, text: STATUS_LABEL[e.status] || e.status}),
        ' ', el('span', {class: 'pv-kind', text: e.kind + ' · ' + e.key})),
      el('p', {class: 'pv-tip-text', text: e.text}),
      el('p', {class: 'pv-tip-where'}, 'Written at ', yamlLink(e) || 'an unknown place'));
    if (e.status === 'unsourced') {
      tip.append(el('p', {text: 'Prose cites nothing. Check that every name and number in it is backed by a sourced statement.'}));
    }
    if (e.cites.length) tip.append(el('p', {class: 'pv-tip-sub', text: 'Sources'}), el('ul', {}, ...e.cites.map(c => quoteLine(c))));
    if (e.dissent.length) {
      tip.append(el('p', {class: 'pv-tip-sub', text: 'Contradicted by'}), el('ul', {}, ...e.dissent.map(c => quoteLine(c, c.verdict))));
    }
    tip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    tip.addEventListener('mouseleave', () => scheduleHide());
    document.body.append(tip);
    const r = node.getBoundingClientRect();
    const width = Math.min(28 * 16, window.innerWidth - 16);
    tip.style.maxWidth = width + 'px';
    tip.style.left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8)) + 'px';
    tip.style.top = (r.bottom + window.scrollY + 6) + 'px';
    node.setAttribute('aria-describedby', 'pv-tip');
    tipFor = node;
  }

  function hideTip() {
    clearTimeout(hideTimer);
    if (tip) tip.remove();
    if (tipFor) tipFor.removeAttribute('aria-describedby');
    tip = null;
    tipFor = null;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hideTip, 250);
  }

  function proofOn() {
    return root.classList.contains('pv-proof');
  }

  document.addEventListener('mouseover', e => {
    const node = proofOn() && e.target.closest && e.target.closest('[data-stmt]');
    if (node) showTip(node);
  });
  document.addEventListener('mouseout', e => {
    if (proofOn() && e.target.closest && e.target.closest('[data-stmt]')) scheduleHide();
  });
  document.addEventListener('focusin', e => {
    const node = proofOn() && e.target.closest && e.target.closest('[data-stmt]');
    if (node) showTip(node);
    else if (tip && !tip.contains(e.target)) hideTip();
  });
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape') hideTip();
  });

  function jumpTo(node) {
    node.scrollIntoView({block: 'center'});
    node.focus({preventScroll: true});
    node.classList.add('pv-flash');
    setTimeout(() => node.classList.remove('pv-flash'), 1200);
  }

  function section(title, items) {
    if (!items.length) return null;
    return el('section', {class: 'pv-panel-section'}, el('h3', {text: title + ' (' + items.length + ')'}), el('ul', {}, ...items));
  }

  function buildPanel() {
    const seen = new Set();
    const byStatus = {'contested': [], 'single-source': [], 'unsourced': []};
    let onPage = 0;
    for (const node of document.querySelectorAll('[data-stmt]')) {
      if (seen.has(node.dataset.stmt)) continue;
      seen.add(node.dataset.stmt);
      onPage++;
      const e = entryFor(node);
      if (!byStatus[e.status]) continue;
      byStatus[e.status].push(el('li', {},
        el('button', {type: 'button', class: 'pv-link', onclick: () => jumpTo(node), text: e.text || e.key}),
        ' ', yamlLink(e)));
    }
    const warnings = (data ? data.warnings : []).map(w => el('li', {class: 'pv-warning'},
      el('a', {href: w.link, target: '_blank', text: w.pos}), ' ', el('span', {text: w.message}),
      w.hint ? el('span', {class: 'pv-hint', text: ' (' + w.hint + ')'}) : null));
    const articles = (data ? data.sources : []).map(s => el('li', {},
      el('a', {href: s.article, target: '_blank', text: s.outlet + ' (' + s.label + ')'})));
    const counts = data ? data.counts : {};
    return el('aside', {class: 'pv-panel', 'aria-label': 'Proofreading'},
      el('h2', {text: 'Proofreading'}),
      el('p', {class: 'pv-panel-intro', text: onPage + ' statements on this page. Hover or focus one to see its sources. '
        + 'Whole site: ' + (counts['corroborated'] || 0) + ' corroborated, ' + (counts['single-source'] || 0)
        + ' single-source, ' + (counts['contested'] || 0) + ' contested, ' + (counts['unsourced'] || 0) + ' prose blocks.'}),
      section('Contested on this page', byStatus['contested']),
      section('Single source on this page', byStatus['single-source']),
      section('Unsourced prose on this page', byStatus['unsourced']),
      section('Warnings from check (whole site)', warnings) || el('p', {text: 'No warnings from check.'}),
      section('Full text of the sources', articles));
  }

  function makeFocusable(on) {
    for (const node of document.querySelectorAll('[data-stmt]')) {
      if (on && !node.hasAttribute('tabindex')) {
        node.tabIndex = 0;
        node.dataset.pvTabindex = '1';
      } else if (!on && node.dataset.pvTabindex) {
        node.removeAttribute('tabindex');
        delete node.dataset.pvTabindex;
      }
    }
  }

  async function setProof(on) {
    sessionStorage.setItem(PROOF_KEY, on ? '1' : '');
    proofButton.setAttribute('aria-pressed', String(on));
    root.classList.toggle('pv-proof', on);
    makeFocusable(on);
    hideTip();
    if (panel) panel.remove();
    panel = null;
    if (!on) return;
    try {
      const response = await fetch('/_preview/proofreading.json', {cache: 'no-store'});
      data = await response.json();
    } catch (e) {
      data = null;
    }
    if (!proofOn()) return;
    panel = buildPanel();
    document.body.append(panel);
  }

  proofButton.addEventListener('click', () => setProof(!proofOn()));
  // ?proofread=1 in the address turns the mode on (a link to share, or a screenshot to take).
  const asked = new URLSearchParams(location.search).get('proofread');
  if (asked !== null) sessionStorage.setItem(PROOF_KEY, asked === '0' ? '' : '1');
  if (sessionStorage.getItem(PROOF_KEY)) setProof(true);
})();
