// The social quality matrix as a heatmap: 4 conditions x 8 levels, filterable by atelier and domain, blind spots
// marked; a cell lists its lessons.
import { graphql } from './api.js';
import { t } from './i18n.js';
import { CONDITIONS, LEVELS } from './nodes.js';
import { h } from './dom.js';

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

const LIGHTEST = [239, 246, 252];
const DARKEST = [8, 48, 107];

/** WCAG relative luminance of an sRGB colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A blue from light (few lessons) to dark (many), with black or white text, whichever reaches 4.5:1 on it. */
function heat(count, max) {
  const share = max === 0 ? 0 : count / max;
  const rgb = LIGHTEST.map((light, i) => Math.round(light + (DARKEST[i] - light) * share));
  return `background-color: rgb(${rgb.join(', ')}); color: ${luminance(rgb) >= 0.179 ? '#000000' : '#ffffff'}`;
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
