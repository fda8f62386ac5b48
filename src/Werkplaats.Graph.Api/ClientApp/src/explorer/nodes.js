// How nodes look: their label, kind and colours (Okabe-Ito, told apart also by people with colour blindness).

export const KINDS = ['Lesson', 'Practice', 'Issue', 'Actor', 'Condition', 'Level', 'Domain'];

export const CONDITIONS = ['SOCIO_ECONOMIC_SECURITY', 'SOCIAL_INCLUSION', 'SOCIAL_COHESION', 'SOCIAL_EMPOWERMENT'];

export const LEVELS = ['INDIVIDUAL', 'FAMILY', 'SOCIAL_NETWORK', 'GROUP', 'NEIGHBOURHOOD', 'COMPANY', 'VILLAGE_OR_CITY',
  'ORGANISATIONS_AND_SYSTEMS'];

export const KIND_COLOURS = {
  Lesson: '#0072B2', Practice: '#009E73', Issue: '#D55E00', Actor: '#CC79A7', Condition: '#E69F00', Level: '#56B4E9',
  Domain: '#F0E442',
};

export const CONDITION_COLOURS = {
  SOCIO_ECONOMIC_SECURITY: '#E69F00', SOCIAL_INCLUSION: '#009E73', SOCIAL_COHESION: '#0072B2', SOCIAL_EMPOWERMENT: '#CC79A7',
};

const NO_CONDITION_COLOUR = '#BBBBBB';

export const labelOf = (node) => node.title ?? node.name ?? node.key ?? node.id;

/** The conditions a node stands for: a lesson's, or a condition node's own. */
export function conditionsOf(node) {
  if (node.__typename === 'Condition') {
    return [node.conditionKey];
  }
  return (node.conditions ?? []).map((c) => c.key);
}

export const levelsOf = (node) =>
  node.__typename === 'Level' ? [node.levelKey] : (node.levels ?? []).map((l) => l.key);

export function colourOf(node, by) {
  if (by !== 'condition') {
    return KIND_COLOURS[node.__typename] ?? NO_CONDITION_COLOUR;
  }
  const first = conditionsOf(node)[0];
  return first ? CONDITION_COLOURS[first] : NO_CONDITION_COLOUR;
}
