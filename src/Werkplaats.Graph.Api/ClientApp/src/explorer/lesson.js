// A lesson's page: its text, tags, practice, atelier, lineage (lifted from / into) and related lessons.
import { graphql } from './api.js';
import { apiLanguage, t } from './i18n.js';
import { h } from './dom.js';

const LESSON = `query ExplorerLesson($key: String!, $lang: Language!) {
  lesson(key: $key) {
    id key title summary scope evidence learnedOn status
    conditions { key name(lang: $lang) }
    levels { key name(lang: $lang) }
    domains { key name(lang: $lang) }
    practices { key name place municipality }
    issues { key name(lang: $lang) }
    liftedFrom: lineage(direction: LIFTED_FROM) { depth lesson { key title } }
    liftedInto: lineage(direction: LIFTED_INTO) { depth lesson { key title } }
    relatedLessons { key title }
  }
}`;

function lessonList(app, steps, id) {
  if (steps.length === 0) {
    return h('p', { id }, t('none'));
  }
  return h('ul', { id }, steps.map((step) => {
    const lesson = step.lesson ?? step;
    const link = h('a', { href: app.href({ view: 'lesson', lesson: lesson.key }), onclick: app.follow }, lesson.title);
    return h('li', { style: step.depth > 1 ? `margin-left: ${(step.depth - 1) * 1.5}em` : null }, link);
  }));
}

const tagList = (id, tags) => h('ul', { id, class: 'tags' }, tags.length ? tags.map((tag) => h('li', { 'data-key': tag.key }, tag.name)) : h('li', {}, t('none')));

export async function renderLesson(container, state, app) {
  const { lesson } = await graphql(LESSON, { key: state.lesson ?? '', lang: apiLanguage() });
  if (!lesson) {
    container.append(h('h1', {}, t('error')), h('p', { role: 'alert' }, t('lessonNotFound')));
    return;
  }
  const notItself = (step) => step.depth > 0; // a lineage starts at the lesson itself, depth 0
  const practice = (p) => [p.name, p.place, p.municipality].filter(Boolean).join(', ');
  container.append(
    h('article', { class: 'lesson', 'data-key': lesson.key },
      h('h1', { id: 'lesson-title' }, lesson.title),
      h('p', { id: 'lesson-summary', class: 'summary' }, lesson.summary),
      h('dl', { class: 'facts' },
        h('dt', {}, t('scope')), h('dd', {}, lesson.scope),
        h('dt', {}, t('evidence')), h('dd', {}, lesson.evidence),
        h('dt', {}, t('learnedOn')), h('dd', {}, lesson.learnedOn)),
      h('button', { type: 'button', onclick: () => app.showInGraph(lesson.id) }, t('openGraph')),
      h('h2', {}, t('conditions')), tagList('lesson-conditions', lesson.conditions),
      h('h2', {}, t('levels')), tagList('lesson-levels', lesson.levels),
      h('h2', {}, t('domains')), tagList('lesson-domains', lesson.domains),
      h('h2', {}, t('practices')),
      h('ul', { id: 'lesson-practices' }, lesson.practices.length ? lesson.practices.map((p) => h('li', { 'data-key': p.key }, practice(p))) : h('li', {}, t('none'))),
      h('h2', {}, t('ateliers')), tagList('lesson-issues', lesson.issues),
      h('h2', {}, t('liftedFrom')), lessonList(app, lesson.liftedFrom.filter(notItself), 'lesson-lifted-from'),
      h('h2', {}, t('liftedInto')), lessonList(app, lesson.liftedInto.filter(notItself), 'lesson-lifted-into'),
      h('h2', {}, t('related')), lessonList(app, lesson.relatedLessons, 'lesson-related')));
  document.title = `${lesson.title} · ${t('title')}`;
}
