// The view's state lives in the URL's query string, so a view can be bookmarked and shared: the page renders from
// it, and every change writes it back (a new history entry for a new view, a replaced one for a refinement).

const listKeys = new Set(['open', 'exp', 'kinds', 'cond', 'lvl']);

export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = { view: 'search', lang: 'nl' };
  for (const [key, value] of params) {
    state[key] = listKeys.has(key) ? value.split(',').filter(Boolean) : value;
  }
  return state;
}

function toQuery(state) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      continue;
    }
    params.set(key, Array.isArray(value) ? value.join(',') : value);
  }
  return `?${params}`;
}

/** Merges `changes` into the URL's state; `push` makes it a new history entry (the back button returns). */
export function updateState(changes, { push = false } = {}) {
  const next = { ...readState(), ...changes };
  const url = `${window.location.pathname}${toQuery(next)}`;
  if (push) {
    window.history.pushState(null, '', url);
  } else {
    window.history.replaceState(null, '', url);
  }
  return next;
}
