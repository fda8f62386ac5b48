// Search first: one box over every kind (the API's `search`), results grouped by kind.
import { graphql, NODE_FIELDS } from './api.js';
import { apiLanguage, t } from './i18n.js';
import { KINDS, labelOf } from './nodes.js';
import { h } from './dom.js';

const SEARCH = `query ExplorerSearch($text: String!, $lang: Language!) {
  search(text: $text, first: 100) { score node { ...ShownNode ... on Lesson { summary } } }
}
${NODE_FIELDS}`;

export async function renderSearch(container, state, app) {
  const input = h('input', { id: 'search-text', type: 'search', name: 'q', value: state.q ?? '', placeholder: t('searchPlaceholder'), autocomplete: 'off' });
  const form = h('form', { role: 'search', class: 'search-form', onsubmit: (event) => {
    event.preventDefault();
    app.go({ view: 'search', q: input.value.trim() });
  } },
  h('label', { for: 'search-text' }, t('searchLabel')),
  h('div', { class: 'row' }, input, h('button', { type: 'submit' }, t('searchButton'))));
  const results = h('div', { id: 'search-results', 'aria-live': 'polite' });
  container.append(h('h1', {}, t('search')), form, results);
  const focusSearchBox = () => input.focus();

  if (!state.q) {
    return focusSearchBox;
  }
  results.append(h('p', {}, t('loading')));
  const { search } = await graphql(SEARCH, { text: state.q, lang: apiLanguage() });
  results.replaceChildren(h('p', { class: 'count' }, search.length ? t('results')(search.length) : t('noResults')));
  for (const kind of KINDS) {
    const hits = search.filter((hit) => hit.node.__typename === kind);
    if (hits.length === 0) {
      continue;
    }
    results.append(h('section', { class: 'result-group', 'data-kind': kind, 'aria-labelledby': `group-${kind}` },
      h('h2', { id: `group-${kind}` }, `${t('kinds')[kind]} (${hits.length})`),
      h('ul', {}, hits.map(({ node }) => h('li', { class: 'result' },
        kind === 'Lesson'
          ? h('a', { href: app.href({ view: 'lesson', lesson: node.key }), class: 'result-title', onclick: app.follow }, labelOf(node))
          : h('span', { class: 'result-title' }, labelOf(node)),
        node.summary ? h('p', { class: 'result-summary' }, node.summary) : null,
        h('button', { type: 'button', class: 'link-button', onclick: () => app.showInGraph(node.id),
          'aria-label': `${t('openGraph')}: ${labelOf(node)}` }, t('openGraph')))))));
  }
  return focusSearchBox;
}
