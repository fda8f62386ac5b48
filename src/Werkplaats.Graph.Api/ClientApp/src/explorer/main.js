// The explorer: renders the view the URL names, and re-renders it whenever the state changes.
import './explorer.css';
import { graphql } from './api.js';
import { apiLanguage, currentLanguage, setLanguage, t } from './i18n.js';
import { readState, updateState } from './state.js';
import { h } from './dom.js';
import { renderSearch } from './search.js';
import { renderLesson } from './lesson.js';
import { renderGraph } from './graph.js';
import { renderMatrix } from './matrix.js';
import { renderCompare } from './compare.js';

// Each view renders into a detached element and may return a function to run once it is in the page (focus, drawing).
const VIEWS = { search: renderSearch, lesson: renderLesson, graph: renderGraph, matrix: renderMatrix, compare: renderCompare };
const NAV = ['search', 'graph', 'matrix', 'compare'];

const TAXONOMY = `query ExplorerTaxonomy($lang: Language!) {
  conditions(first: 100) { nodes { key name(lang: $lang) } }
  levels(first: 100) { nodes { key name(lang: $lang) } }
  issues(first: 100) { nodes { key name(lang: $lang) } }
  domains(first: 100) { nodes { key name(lang: $lang) } }
}`;

const content = document.getElementById('content');
let taxonomyLanguage = null;
let rendering = 0;

const app = {
  /** Names of conditions and levels by key, and the ateliers and domains, in the current language. */
  names: {},
  issues: [],
  domains: [],

  /** Changes the state and shows it; a new view (the default) gets its own history entry. */
  go(changes, { push = true } = {}) {
    updateState(changes, { push });
    render({ newView: push });
  },

  href(changes) {
    const params = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      params.set(key, value);
    }
    return `?${params}`;
  },

  /** Click handler for links to another state of the explorer: no page load, unless the user wants a new tab. */
  follow(event) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    window.history.pushState(null, '', event.currentTarget.getAttribute('href'));
    render({ newView: true });
  },

  showInGraph(id) {
    const open = readState().open ?? [];
    app.go({ view: 'graph', open: [...new Set([...open, id])], sel: id });
  },
};

async function loadTaxonomy() {
  if (taxonomyLanguage === currentLanguage()) {
    return;
  }
  const data = await graphql(TAXONOMY, { lang: apiLanguage() });
  app.names = Object.fromEntries([...data.conditions.nodes, ...data.levels.nodes].map((n) => [n.key, n.name]));
  app.issues = data.issues.nodes;
  app.domains = data.domains.nodes;
  taxonomyLanguage = currentLanguage();
}

function renderChrome(state) {
  document.title = t('title');
  document.getElementById('skip-link').textContent = t('skip');
  document.getElementById('site-title').textContent = t('title');
  const languageButton = document.getElementById('language');
  languageButton.textContent = t('switchLanguage');
  languageButton.setAttribute('aria-label', t('switchLanguageLabel'));
  languageButton.setAttribute('lang', currentLanguage() === 'nl' ? 'en' : 'nl');
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('nav'));
  nav.replaceChildren(h('ul', {}, NAV.map((view) => h('li', {},
    h('a', { href: app.href({ view }), onclick: app.follow, 'aria-current': state.view === view ? 'page' : null }, t(view))))));
}

/** Where the keyboard was, so a re-render (a filter ticked, a node chosen) leaves it on the same control. */
function focusSelector(element) {
  if (!element || element === document.body || !content.contains(element)) {
    return null;
  }
  if (element.id) {
    return `#${CSS.escape(element.id)}`;
  }
  if (element.name && element.value) {
    return `[name="${CSS.escape(element.name)}"][value="${CSS.escape(element.value)}"]`;
  }
  if (element.dataset.condition) {
    return `[data-condition="${element.dataset.condition}"][data-level="${element.dataset.level}"]`;
  }
  const item = element.closest('[data-id]');
  return item ? `[data-id="${CSS.escape(item.dataset.id)}"] button` : null;
}

async function render({ newView = false } = {}) {
  const run = ++rendering;
  const state = readState();
  setLanguage(state.lang);
  const keepFocus = focusSelector(document.activeElement);
  renderChrome(state);
  content.setAttribute('aria-busy', 'true');
  const view = h('div', { class: `view view-${state.view}` });
  let mounted;
  try {
    await loadTaxonomy();
    mounted = await (VIEWS[state.view] ?? renderSearch)(view, state, app);
  } catch (error) {
    view.replaceChildren(h('h1', {}, t('error')), h('p', { role: 'alert', class: 'error' }, `${error.message}${error.code ? ` (${error.code})` : ''}`));
  }
  if (run !== rendering) {
    return; // a later change is being shown
  }
  content.replaceChildren(view);
  mounted?.();
  content.setAttribute('aria-busy', 'false');
  content.dataset.view = state.view;
  const focusTarget = keepFocus && content.querySelector(keepFocus);
  if (focusTarget) {
    focusTarget.focus();
  } else if (newView && state.view !== 'search') {
    // A new view announces itself: focus goes to its heading, as after a page load.
    const heading = content.querySelector('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }
}

document.getElementById('language').addEventListener('click', () => {
  app.go({ lang: currentLanguage() === 'nl' ? 'en' : 'nl' }, { push: false });
});
window.addEventListener('popstate', () => render({ newView: true }));
render();
