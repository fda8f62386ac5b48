// Two ateliers side by side: what connects them (issueLinks), with the lessons and partners as evidence.
import { graphql } from './api.js';
import { apiLanguage, t } from './i18n.js';
import { h } from './dom.js';

const LINKS = `query ExplorerCompare($a: String!, $b: String!, $lang: Language!) {
  issueLinks(a: $a, b: $b) {
    a { id name(lang: $lang) } b { id name(lang: $lang) }
    conditions { condition { key name(lang: $lang) } countInA countInB
      lessonsInA(first: 3) { nodes { key title } } lessonsInB(first: 3) { nodes { key title } } }
    levels { level { key name(lang: $lang) } countInA countInB }
    domains { domain { key name(lang: $lang) } countInA countInB }
    partners { actor { key name } inA { mode } inB { mode } }
    practices { key name }
    relatedLessons { inA { key title } inB { key title } }
    regionalLessons { key title }
  }
}`;

function atelierSelect(id, label, issues, value) {
  return h('div', { class: 'field' }, h('label', { for: id }, label),
    h('select', { id, name: id, required: true }, h('option', { value: '' }, '—'),
      issues.map((issue) => h('option', { value: issue.key, selected: issue.key === value }, issue.name))));
}

function section(id, title, rows) {
  return h('section', { id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, `${title} (${rows.length})`),
    rows.length ? h('ul', {}, rows) : h('p', {}, t('none')));
}

export async function renderCompare(container, state, app) {
  const form = h('form', { class: 'row', onsubmit: (event) => {
    event.preventDefault();
    app.go({ a: form.elements['compare-a'].value, b: form.elements['compare-b'].value });
  } },
  atelierSelect('compare-a', t('atelierA'), app.issues, state.a),
  atelierSelect('compare-b', t('atelierB'), app.issues, state.b),
  h('button', { type: 'submit', id: 'compare-button' }, t('compareButton')));
  container.append(h('h1', {}, t('compareTitle')), form);
  if (!state.a || !state.b) {
    return;
  }

  const { issueLinks: links } = await graphql(LINKS, { a: state.a, b: state.b, lang: apiLanguage() });
  const lessonLink = (lesson) => h('a', { href: app.href({ view: 'lesson', lesson: lesson.key }), onclick: app.follow }, lesson.title);
  const counted = (item, name) => h('li', {}, `${name}: ${item.countInA} ${t('inA')}, ${item.countInB} ${t('inB')}`);
  container.append(
    h('p', { id: 'compare-heading' }, h('strong', {}, links.a.name), ' ↔ ', h('strong', {}, links.b.name), ' ',
      h('button', { type: 'button', onclick: () => app.go({ view: 'graph', open: [links.a.id, links.b.id], from: links.a.id,
        to: links.b.id, showPaths: '1', sel: undefined, exp: undefined }) }, t('openGraph'))),
    section('shared-conditions', t('sharedConditions'), links.conditions.map((c) => h('li', { 'data-key': c.condition.key },
      `${c.condition.name}: ${c.countInA} ${t('inA')}, ${c.countInB} ${t('inB')}`,
      h('ul', {}, c.lessonsInA.nodes.map((lesson) => h('li', {}, `${t('atelierA')}: `, lessonLink(lesson))),
        c.lessonsInB.nodes.map((lesson) => h('li', {}, `${t('atelierB')}: `, lessonLink(lesson))))))),
    section('shared-levels', t('sharedLevels'), links.levels.map((l) => counted(l, l.level.name))),
    section('shared-domains', t('sharedDomains'), links.domains.map((d) => counted(d, d.domain.name))),
    section('shared-partners', t('sharedPartners'), links.partners.map((p) => h('li', { 'data-key': p.actor.key },
      `${p.actor.name}: ${p.inA.mode} ${t('inA')}, ${p.inB.mode} ${t('inB')}`))),
    section('shared-practices', t('sharedPractices'), links.practices.map((p) => h('li', { 'data-key': p.key }, p.name))),
    section('related-pairs', t('relatedPairs'), links.relatedLessons.map((pair) => h('li', {}, lessonLink(pair.inA), ' ↔ ', lessonLink(pair.inB)))),
    section('regional-lessons', t('regionalLessons'), links.regionalLessons.map((lesson) => h('li', {}, lessonLink(lesson)))));
}
