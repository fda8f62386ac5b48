// The social quality matrix as a heatmap: 4 conditions x 8 levels, filterable by atelier and domain, blind spots
// marked; a cell lists its lessons.
import { graphql } from './api.js';
import { t } from './i18n.js';
import { CONDITIONS, h, LEVELS } from './nodes.js';

const MATRIX = `query ExplorerMatrix($where: LessonFilter) {
  socialQualityMatrix(where: $where) { total blindSpots cells { condition level count blindSpot } }
}`;

const CELL_LESSONS = `query ExplorerCell($where: LessonFilter) {
  lessons(where: $where, first: 100, orderBy: TITLE) { totalCount nodes { key title } }
}`;

const filterOf = (state) => ({
  ...(state.issue ? { issues: [state.issue] } : {}),
  ...(state.domain ? { domains: [state.domain] } : {}),
});

/** White text on the darker half of the scale, dark text on the lighter half: both keep a contrast of 4.5:1 or more. */
function heat(count, max) {
  const share = max === 0 ? 0 : count / max;
  const lightness = Math.round(96 - share * 66);
  return `background-color: hsl(205, 70%, ${lightness}%); color: ${lightness < 55 ? '#ffffff' : '#111111'}`;
}

function select(id, label, options, value, onChange) {
  return h('div', { class: 'field' }, h('label', { for: id }, label),
    h('select', { id, onchange: (event) => onChange(event.target.value || undefined) },
      h('option', { value: '' }, t('all')),
      options.map((option) => h('option', { value: option.key, selected: option.key === value }, option.name))));
}

export async function renderMatrix(container, state, app) {
  const where = filterOf(state);
  const { socialQualityMatrix: matrix } = await graphql(MATRIX, { where });
  const max = Math.max(...matrix.cells.map((cell) => cell.count));
  const cellAt = (condition, level) => matrix.cells.find((cell) => cell.condition === condition && cell.level === level);
  const name = (key) => app.names[key] ?? key;

  const table = h('table', { id: 'matrix', class: 'matrix' },
    h('caption', {}, `${t('matrixCaption')} ${t('total')(matrix.total)}, ${t('blindSpots')(matrix.blindSpots)}.`),
    h('thead', {}, h('tr', {}, h('td', {}), LEVELS.map((level) => h('th', { scope: 'col' }, name(level))))),
    h('tbody', {}, CONDITIONS.map((condition) => h('tr', {}, h('th', { scope: 'row' }, name(condition)),
      LEVELS.map((level) => {
        const cell = cellAt(condition, level);
        const label = `${t('cellLessons')(name(condition), name(level), cell.count)}${cell.blindSpot ? ` (${t('blindSpot')})` : ''}`;
        return h('td', { class: cell.blindSpot ? 'blind-spot' : null },
          h('button', { type: 'button', class: 'cell', 'data-condition': condition, 'data-level': level, 'data-count': cell.count,
            'aria-label': label, title: label, 'aria-pressed': String(state.cell === `${condition}:${level}`),
            style: cell.blindSpot ? null : heat(cell.count, max), onclick: () => app.go({ cell: `${condition}:${level}` }, { push: false }) },
          cell.blindSpot ? '∅' : String(cell.count)));
      })))));

  container.append(h('h1', {}, t('matrixTitle')),
    h('form', { class: 'row matrix-filters', onsubmit: (event) => event.preventDefault() },
      select('matrix-issue', t('atelier'), app.issues, state.issue, (issue) => app.go({ issue, cell: undefined }, { push: false })),
      select('matrix-domain', t('domain'), app.domains, state.domain, (domain) => app.go({ domain, cell: undefined }, { push: false }))),
    h('div', { class: 'matrix-wrap' }, table));

  if (state.cell) {
    const [condition, level] = state.cell.split(':');
    const { lessons } = await graphql(CELL_LESSONS, { where: { ...where, conditions: [condition], levels: [level] } });
    container.append(h('section', { id: 'cell-lessons', 'aria-labelledby': 'cell-title', 'aria-live': 'polite' },
      h('h2', { id: 'cell-title' }, t('cellLessons')(name(condition), name(level), lessons.totalCount)),
      h('ul', {}, lessons.nodes.map((lesson) => h('li', {},
        h('a', { href: app.href({ view: 'lesson', lesson: lesson.key }), onclick: app.follow }, lesson.title))))));
  }
}
