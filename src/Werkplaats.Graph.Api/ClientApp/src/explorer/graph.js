// The graph view: open nodes, expand their neighbours, filter and colour, paths between two nodes, export.
// The canvas (cytoscape) is for eyes; the list of shown nodes beside it is the same graph for keyboards and screen
// readers, and every action is a button there.
import cytoscape from 'cytoscape';
import { graphql, NODE_FIELDS } from './api.js';
import { apiLanguage, t } from './i18n.js';
import { colourOf, CONDITION_COLOURS, conditionsOf, CONDITIONS, KIND_COLOURS, KINDS, labelOf, levelsOf, LEVELS } from './nodes.js';
import { h } from './dom.js';
import { downloadGraph, downloadPng } from './export.js';

const RELATIONSHIP_FIELDS = 'type from { id } to { id }';

const NODES = `query ExplorerNodes($ids: [ID!]!, $lang: Language!) { nodes(ids: $ids) { ...ShownNode } }
${NODE_FIELDS}`;

const NEIGHBOURHOOD = `query ExplorerNeighbourhood($of: ID!, $lang: Language!) {
  neighbourhood(of: $of, depth: 1, limit: 200) { truncated nodes { ...ShownNode } relationships { ${RELATIONSHIP_FIELDS} } }
}
${NODE_FIELDS}`;

const PATHS = `query ExplorerPaths($from: ID!, $to: ID!, $lang: Language!) {
  paths(from: $from, to: $to, maxLength: 4, first: 5) { length nodes { ...ShownNode } relationships { ${RELATIONSHIP_FIELDS} } }
}
${NODE_FIELDS}`;

/** What has been opened, as plain data: cytoscape only draws it. */
class VisibleGraph {
  nodes = new Map();
  edges = new Map();
  paths = [];
  truncated = false;

  addNodes(nodes) {
    for (const node of nodes.filter(Boolean)) {
      this.nodes.set(node.id, node);
    }
  }

  addRelationships(relationships) {
    for (const r of relationships) {
      const id = `${r.from.id}|${r.type}|${r.to.id}`;
      this.edges.set(id, { id, source: r.from.id, target: r.to.id, type: r.type });
    }
  }
}

function isShown(node, state) {
  const shownKinds = state.kinds ?? KINDS;
  if (!shownKinds.includes(node.__typename)) {
    return false;
  }
  const kind = node.__typename;
  if (state.cond && ['Lesson', 'Condition'].includes(kind) && !conditionsOf(node).some((c) => state.cond.includes(c))) {
    return false;
  }
  if (state.lvl && ['Lesson', 'Level'].includes(kind) && !levelsOf(node).some((l) => state.lvl.includes(l))) {
    return false;
  }
  return true;
}

/** The nodes and edges the filters leave, for drawing, listing and export. */
export function shownPart(graph, state) {
  const nodes = [...graph.nodes.values()].filter((node) => isShown(node, state));
  const ids = new Set(nodes.map((node) => node.id));
  const edges = [...graph.edges.values()].filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  return { nodes, edges, truncated: graph.truncated };
}

/** Replays the URL's state (opened and expanded nodes, the path search) against the API. */
async function load(state) {
  const graph = new VisibleGraph();
  const variables = { lang: apiLanguage() };
  if (state.open?.length) {
    graph.addNodes((await graphql(NODES, { ...variables, ids: state.open })).nodes);
  }
  const neighbourhoods = await Promise.all((state.exp ?? []).map((of) => graphql(NEIGHBOURHOOD, { ...variables, of })));
  for (const { neighbourhood } of neighbourhoods) {
    graph.addNodes(neighbourhood.nodes);
    graph.addRelationships(neighbourhood.relationships);
    graph.truncated ||= neighbourhood.truncated;
  }
  if (state.from && state.to && state.showPaths) {
    graph.paths = (await graphql(PATHS, { ...variables, from: state.from, to: state.to })).paths;
    for (const path of graph.paths) {
      graph.addNodes(path.nodes);
      graph.addRelationships(path.relationships);
    }
  }
  return graph;
}

function checkboxGroup(title, name, values, chosen, label, onChange) {
  return h('fieldset', { class: 'filter' }, h('legend', {}, title), values.map((value) => h('label', {},
    h('input', { type: 'checkbox', name, value, checked: !chosen || chosen.includes(value), onchange: (event) => {
      const boxes = [...event.target.form.querySelectorAll(`input[name="${name}"]`)];
      const checked = boxes.filter((box) => box.checked).map((box) => box.value);
      onChange(checked.length === values.length ? undefined : checked);
    } }), ` ${label(value)}`)));
}

// Where each node was drawn, so choosing a node or ticking a filter redraws the graph as it was; only a graph with new
// nodes is laid out again, starting from these places.
const positions = new Map();

function draw(container, graph, state, app) {
  const { nodes, edges } = shownPart(graph, state);
  const allPlaced = nodes.every((node) => positions.has(node.id));
  const pathNodes = new Set(graph.paths.flatMap((p) => p.nodes.map((n) => n.id)));
  const cy = cytoscape({
    container,
    elements: [
      ...nodes.map((node) => ({ data: { id: node.id, label: labelOf(node), colour: colourOf(node, state.colour) },
        position: positions.get(node.id),
        classes: [pathNodes.has(node.id) ? 'on-path' : '', node.id === state.sel ? 'chosen' : ''].join(' ') })),
      ...edges.map((edge) => ({ data: { id: edge.id, source: edge.source, target: edge.target, label: edge.type } })),
    ],
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10,
        color: '#1a1a1a', 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-wrap': 'ellipsis',
        'text-max-width': 140, 'text-valign': 'bottom', 'text-margin-y': 4, 'border-width': 1, 'border-color': '#333333' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#8c8c8c', 'target-arrow-color': '#8c8c8c',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#444444',
        'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } },
      { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#000000' } },
      { selector: 'node.chosen', style: { 'border-width': 5, 'border-color': '#D55E00', 'border-style': 'double' } },
    ],
    layout: allPlaced ? { name: 'preset' } : { name: 'cose', animate: false, randomize: positions.size === 0, nodeDimensionsIncludeLabels: true },
    wheelSensitivity: 0.3,
  });
  cy.nodes().forEach((node) => positions.set(node.id(), { ...node.position() }));
  cy.on('dragfree', 'node', (event) => positions.set(event.target.id(), { ...event.target.position() }));
  cy.on('tap', 'node', (event) => app.go({ sel: event.target.id() }, { push: false }));
  return cy;
}

function nodeList(graph, state, app) {
  const { nodes } = shownPart(graph, state);
  const sorted = nodes.sort((a, b) => KINDS.indexOf(a.__typename) - KINDS.indexOf(b.__typename)
    || labelOf(a).localeCompare(labelOf(b)));
  return h('section', { 'aria-labelledby': 'node-list-title' },
    h('h2', { id: 'node-list-title' }, `${t('visibleNodes')} (${sorted.length})`),
    h('ul', { id: 'node-list', class: 'node-list' }, sorted.map((node) => h('li', { 'data-id': node.id, 'data-kind': node.__typename },
      h('button', { type: 'button', 'aria-pressed': String(node.id === state.sel), onclick: () => app.go({ sel: node.id }, { push: false }) },
        h('span', { class: 'swatch', style: `background:${colourOf(node, state.colour)}`, 'aria-hidden': 'true' }),
        h('span', { class: 'label' }, labelOf(node)), ' ', h('span', { class: 'kind' }, `(${t('kind')[node.__typename]})`))))));
}

function selectionPanel(graph, state, app) {
  const node = graph.nodes.get(state.sel);
  const from = graph.nodes.get(state.from);
  const to = graph.nodes.get(state.to);
  const panel = h('section', { id: 'selection', 'aria-labelledby': 'selection-title' }, h('h2', { id: 'selection-title' }, t('selected')));
  if (node) {
    panel.append(h('p', { id: 'selected-node' }, h('strong', {}, labelOf(node)), ` (${t('kind')[node.__typename]})`),
      h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'expand', onclick: () => app.go({ exp: [...new Set([...(state.exp ?? []), node.id])] }) }, t('expand')),
        node.__typename === 'Lesson'
          ? h('a', { href: app.href({ view: 'lesson', lesson: node.key }), onclick: app.follow }, t('openLesson')) : null,
        h('button', { type: 'button', id: 'set-from', onclick: () => app.go({ from: node.id, showPaths: undefined }, { push: false }) }, t('setFrom')),
        h('button', { type: 'button', id: 'set-to', onclick: () => app.go({ to: node.id, showPaths: undefined }, { push: false }) }, t('setTo'))));
  }
  panel.append(h('h2', { id: 'paths-title' }, t('paths')),
    h('p', {}, `${t('from')}: `, h('span', { id: 'path-from' }, from ? labelOf(from) : '—')),
    h('p', {}, `${t('to')}: `, h('span', { id: 'path-to' }, to ? labelOf(to) : '—')),
    h('button', { type: 'button', id: 'show-paths', disabled: !(from && to), onclick: () => app.go({ showPaths: '1' }) }, t('showPaths')));
  if (state.showPaths) {
    panel.append(graph.paths.length === 0
      ? h('p', { id: 'path-list' }, t('noPaths'))
      : h('ol', { id: 'path-list', 'aria-labelledby': 'paths-title' }, graph.paths.map((path) => h('li', { 'data-length': path.length },
        `${t('pathLength')(path.length)}: `, path.nodes.map(labelOf).join(' → ')))));
  }
  return panel;
}

/** What the colours mean, for the colouring chosen. */
function legend(state, app) {
  const entries = state.colour === 'condition'
    ? CONDITIONS.map((c) => [CONDITION_COLOURS[c], app.names[c] ?? c])
    : KINDS.map((kind) => [KIND_COLOURS[kind], t('kinds')[kind]]);
  return h('ul', { class: 'legend', 'aria-label': t('legend') }, entries.map(([colour, name]) =>
    h('li', {}, h('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' }), name)));
}

function filterPanel(state, app, graph, cyRef) {
  const kindName = (kind) => t('kinds')[kind];
  return h('form', { class: 'filters', 'aria-label': t('filters'), onsubmit: (event) => event.preventDefault() },
    h('h2', {}, t('filters')),
    checkboxGroup(t('filterKinds'), 'kinds', KINDS, state.kinds, kindName, (kinds) => app.go({ kinds }, { push: false })),
    checkboxGroup(t('filterConditions'), 'cond', CONDITIONS, state.cond, (c) => app.names[c] ?? c, (cond) => app.go({ cond }, { push: false })),
    checkboxGroup(t('filterLevels'), 'lvl', LEVELS, state.lvl, (l) => app.names[l] ?? l, (lvl) => app.go({ lvl }, { push: false })),
    h('label', { for: 'colour-by' }, `${t('colourBy')} `),
    h('select', { id: 'colour-by', onchange: (event) => app.go({ colour: event.target.value }, { push: false }) },
      h('option', { value: 'kind', selected: state.colour !== 'condition' }, t('colourKind')),
      h('option', { value: 'condition', selected: state.colour === 'condition' }, t('colourCondition'))),
    legend(state, app),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'export-graphml', onclick: () => downloadGraph(shownPart(graph, state), 'graphml') }, t('exportGraphML')),
      h('button', { type: 'button', id: 'export-json', onclick: () => downloadGraph(shownPart(graph, state), 'json') }, t('exportJson')),
      h('button', { type: 'button', id: 'export-png', onclick: () => downloadPng(cyRef.cy) }, t('exportPng')),
      h('button', { type: 'button', id: 'clear-graph', onclick: () => app.go({ open: undefined, exp: undefined, sel: undefined,
        from: undefined, to: undefined, showPaths: undefined }) }, t('clear'))));
}

export async function renderGraph(container, state, app) {
  const graph = await load(state);
  const canvas = h('div', { id: 'cy', class: 'graph-canvas', role: 'img', 'aria-label': t('graphLabel') });
  const cyRef = {};
  container.append(h('div', {}, h('h1', {}, t('graph')),
    graph.truncated ? h('p', { role: 'status' }, t('truncated')) : null,
    graph.nodes.size === 0 ? h('p', { id: 'graph-empty' }, t('emptyGraph')) : null),
  h('div', { class: 'graph-layout' },
    filterPanel(state, app, graph, cyRef),
    canvas,
    h('div', { class: 'graph-side' }, selectionPanel(graph, state, app), nodeList(graph, state, app))));
  // cytoscape measures its container, so it draws once the view is in the page.
  return () => {
    cyRef.cy = draw(canvas, graph, state, app);
  };
}
