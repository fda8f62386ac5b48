// Exports of what the graph view shows, built here from the shown elements (the API's /export endpoints take one
// neighbourhood or one path search, not a view put together from several): GraphML for Gephi and yEd, JSON in the
// API's own export shape, PNG from cytoscape.
import { labelOf } from './nodes.js';

function save(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const exportNode = (node) => ({ id: node.id, kind: node.__typename.toUpperCase(), key: String(node.key ?? node.conditionKey ?? node.levelKey), label: labelOf(node) });

const exportEdge = (edge) => ({ id: edge.id, source: edge.source, target: edge.target, type: edge.type });

const escapeXml = (text) => String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function toGraphML({ nodes, edges }) {
  const data = (key, value) => `<data key="${key}">${escapeXml(value)}</data>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="key" for="node" attr.name="key" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <graph id="werkplaats" edgedefault="directed">',
    ...nodes.map(exportNode).map((n) => `    <node id="${escapeXml(n.id)}">${data('kind', n.kind)}${data('key', n.key)}${data('label', n.label)}</node>`),
    ...edges.map(exportEdge).map((e) => `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data('type', e.type)}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export function downloadGraph(part, format) {
  if (format === 'graphml') {
    save(new Blob([toGraphML(part)], { type: 'application/graphml+xml' }), 'werkplaats-graph.graphml');
  } else {
    const json = { nodes: part.nodes.map(exportNode), edges: part.edges.map(exportEdge), truncated: part.truncated };
    save(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), 'werkplaats-graph.json');
  }
}

export function downloadPng(cy) {
  save(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'werkplaats-graph.png');
}
