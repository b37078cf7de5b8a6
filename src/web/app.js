// @ts-check
/**
 * The baro search page: suggestions while typing (Hangul IME composition included), keyboard
 * navigation, and on submit the correction notice. No framework; the API base comes from
 * <meta name="baro-api">.
 */

/** The API base, without a trailing slash; '' is the server that served this page. */
const API = (document.querySelector('meta[name="baro-api"]')?.getAttribute('content') ?? '').replace(/\/+$/, '');
/** Short enough to feel instant, long enough to skip the jamo in between while a syllable is built. */
const DEBOUNCE_MS = 60;
const SUGGEST_N = 8;
const CORRECT_N = 5;

/** Which input mode found a result, shown as a small tag; completions and exact matches go untagged. */
const KIND_LABELS = /** @type {Record<string, string>} */ ({
  typo: '오타',
  'fuzzy-completion': '오타',
  spacing: '띄어쓰기',
  layout: '자판',
  misspelling: '맞춤법',
  choseong: '초성',
  infix: '포함',
  lm: '문맥',
});

/** @typedef {{ text: string, score: number, kinds: string[] }} ResultItem */
/** @typedef {{ query: string, normalized: string, corrected: string, action: 'none' | 'suggest' | 'autocorrect', confidence: number, candidates: ResultItem[], tookMs: number }} CorrectAnswer */

const form = /** @type {HTMLFormElement} */ (byId('search'));
const input = /** @type {HTMLInputElement} */ (byId('q'));
const list = /** @type {HTMLUListElement} */ (byId('suggestions'));
const results = byId('results');
const notice = byId('notice');
const title = byId('results-title');
const candidates = byId('candidates');
const note = byId('results-note');

/** @type {ResultItem[]} the suggestions on show */
let items = [];
/** index of the highlighted suggestion, -1 for none */
let active = -1;
/** what the user typed, restored when the highlight leaves the list */
let typed = '';
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
// Every suggest request takes a number; an answer is drawn only if no request began after it.
// Aborting alone is not enough: an answer can already be parsed when the abort comes.
let suggestSeq = 0;
/** @type {AbortController | undefined} */
let suggestInflight;
let searchSeq = 0;
/** @type {AbortController | undefined} */
let searchInflight;

// `input` fires for each composition step in most browsers; `compositionupdate` covers IMEs that
// do not, so a half-built syllable (아잎) already asks for suggestions. Both only (re)start the
// debounce timer, which reads the box when it fires.
/** True between the user's first edit and the next search. */
let editing = false;
input.addEventListener('input', onEdit);
input.addEventListener('compositionupdate', onEdit);
input.addEventListener('compositionend', onEdit);
input.addEventListener('focus', () => {
  // Only text the user is editing reopens the list: focusing the box right after a search (the
  // page's autofocus, say) must not cover the correction notice with suggestions.
  if (editing && input.value.trim() !== '' && items.length === 0) scheduleSuggest();
});
input.addEventListener('blur', () => {
  // Let a click on a suggestion land first.
  setTimeout(close, 150);
});
input.addEventListener('keydown', onKeydown);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  if (q !== '') void search(q, { exact: false, push: true });
});
list.addEventListener('mousedown', (event) => event.preventDefault()); // keep the focus in the box
list.addEventListener('click', (event) => {
  const li = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('li[data-index]'));
  const item = li ? items[Number(li.dataset['index'])] : undefined;
  if (item) void search(item.text, { exact: false, push: true });
});
list.addEventListener('mousemove', (event) => {
  const li = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('li[data-index]'));
  if (li) highlight(Number(li.dataset['index']), false);
});
// Links in the notice search in place; their href works too when opened in a new tab.
results.addEventListener('click', (event) => {
  const a = /** @type {HTMLAnchorElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('a[data-q]'));
  if (!a || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  void search(a.dataset['q'] ?? '', { exact: a.dataset['exact'] === '1', push: true });
});
window.addEventListener('popstate', fromLocation);
fromLocation();

/** The text changed under the user's hands: what they type now wins over any highlight. */
function onEdit() {
  editing = true;
  if (active >= 0) highlight(-1, false);
  scheduleSuggest();
}

function scheduleSuggest() {
  clearTimeout(timer);
  timer = setTimeout(() => void suggest(input.value), DEBOUNCE_MS);
}

/** @param {string} q */
async function suggest(q) {
  const seq = ++suggestSeq;
  suggestInflight?.abort();
  suggestInflight = undefined;
  typed = q;
  if (q.trim() === '') {
    close();
    return;
  }
  const controller = new AbortController();
  suggestInflight = controller;
  try {
    const body = await getJson(`/v1/suggest?q=${encodeURIComponent(q)}&n=${SUGGEST_N}`, controller.signal);
    if (seq !== suggestSeq) return; // a newer keystroke has asked since
    render(q, /** @type {{ suggestions: ResultItem[] }} */ (body).suggestions);
  } catch (err) {
    if (seq === suggestSeq && !isAbort(err)) close();
  }
}

/**
 * @param {string} q
 * @param {ResultItem[]} suggestions
 */
function render(q, suggestions) {
  items = suggestions;
  active = -1;
  list.replaceChildren(
    ...suggestions.map((s, i) => {
      const text = el('span', { class: 'text' });
      // Bold what the suggestion adds to the typed text, the way people scan completions.
      const prefix = q.trimStart();
      if (prefix !== '' && s.text.startsWith(prefix) && s.text.length > prefix.length) {
        text.append(prefix, el('b', {}, s.text.slice(prefix.length)));
      } else {
        text.append(s.text);
      }
      const tags = [...new Set(s.kinds.map((k) => KIND_LABELS[k]).filter((t) => t !== undefined))];
      return el('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', 'data-index': String(i) }, text, ...tags.map((t) => el('span', { class: 'tag' }, t)));
    }),
  );
  if (suggestions.length === 0) close();
  else open();
}

/** @param {KeyboardEvent} event */
function onKeydown(event) {
  // While a syllable is being composed the keys belong to the IME (Enter commits it).
  if (event.isComposing || event.keyCode === 229) return;
  const isOpen = !list.hidden && items.length > 0;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (!isOpen) {
        if (items.length > 0) open();
        else scheduleSuggest();
        event.preventDefault();
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 (the typed text) sits between the last and the first suggestion.
      const next = active + step < -1 ? items.length - 1 : active + step >= items.length ? -1 : active + step;
      highlight(next, true);
      return;
    }
    case 'Escape':
      if (isOpen) {
        event.preventDefault();
        if (active >= 0) input.value = typed;
        close();
      }
      return;
    case 'Enter':
      if (isOpen && active >= 0) {
        event.preventDefault();
        void search(items[active]?.text ?? input.value, { exact: false, push: true });
      }
      return; // otherwise the form submits
  }
}

/**
 * @param {number} index -1 for none
 * @param {boolean} fill put the suggestion in the box (keyboard), or only mark it (mouse)
 */
function highlight(index, fill) {
  active = index;
  for (const li of list.children) li.setAttribute('aria-selected', String(li.id === `suggestion-${index}`));
  if (index >= 0) input.setAttribute('aria-activedescendant', `suggestion-${index}`);
  else input.removeAttribute('aria-activedescendant');
  if (fill) input.value = index >= 0 ? (items[index]?.text ?? typed) : typed;
}

function open() {
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
}

function close() {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

/**
 * Corrects `q` and shows the notice: "…(으)로 검색한 결과" for autocorrect, "이것을 검색하셨나요?"
 * for suggest. `exact` searches the text as typed (the link under an autocorrect notice).
 * @param {string} q
 * @param {{ exact: boolean, push: boolean }} options
 */
async function search(q, { exact, push }) {
  // A suggestion answer still on its way must not reopen the list over the results.
  editing = false;
  suggestSeq++;
  suggestInflight?.abort();
  clearTimeout(timer);
  close();
  items = [];
  input.value = q;
  typed = q;
  if (push) {
    const params = new URLSearchParams({ q });
    if (exact) params.set('exact', '1');
    history.pushState(null, '', `?${params}`);
  }
  document.title = `${q} · baro`;
  const seq = ++searchSeq;
  searchInflight?.abort();
  const controller = new AbortController();
  searchInflight = controller;
  results.hidden = false;
  results.setAttribute('aria-busy', 'true');
  try {
    const answer = /** @type {CorrectAnswer} */ (await getJson(`/v1/correct?q=${encodeURIComponent(q)}&n=${CORRECT_N}`, controller.signal));
    if (seq !== searchSeq) return;
    showResults(q, answer, exact);
  } catch (err) {
    if (seq !== searchSeq || isAbort(err)) return;
    notice.hidden = false;
    notice.className = 'notice error';
    notice.replaceChildren(err instanceof ApiError && err.status === 503 ? 'baro가 사전을 불러오는 중입니다. 잠시 뒤 다시 검색해 주세요.' : `검색어를 교정하지 못했습니다 (${err instanceof Error ? err.message : String(err)}).`);
    title.replaceChildren();
    candidates.replaceChildren();
    note.replaceChildren();
  } finally {
    if (seq === searchSeq) results.removeAttribute('aria-busy');
  }
}

/**
 * @param {string} q
 * @param {CorrectAnswer} answer
 * @param {boolean} exact
 */
function showResults(q, answer, exact) {
  let term = q;
  notice.className = 'notice';
  if (answer.action === 'autocorrect' && !exact) {
    term = answer.corrected;
    input.value = term; // the box holds what the results are for; the link below has what was typed
    typed = term;
    notice.replaceChildren(
      el('p', { class: 'main' }, el('a', { href: searchHref(term), 'data-q': term, class: 'term' }, term), `${josaRo(term)} 검색한 결과`),
      el('p', { class: 'sub' }, el('a', { href: searchHref(q, true), 'data-q': q, 'data-exact': '1' }, `${q} 검색 결과 보기`)),
    );
  } else if (answer.action === 'suggest' && answer.candidates[0]) {
    const offer = answer.candidates[0].text;
    notice.replaceChildren(el('p', { class: 'main' }, '이것을 검색하셨나요? ', el('a', { href: searchHref(offer), 'data-q': offer, class: 'term' }, offer)));
  } else {
    notice.replaceChildren();
  }
  notice.hidden = notice.childElementCount === 0;
  title.replaceChildren(el('span', { class: 'term' }, term), ' 검색 결과');
  const shown = answer.candidates.filter((c) => c.score > 0 || c.text === term);
  candidates.replaceChildren(
    ...shown.map((c) => {
      const tags = [...new Set(c.kinds.map((k) => KIND_LABELS[k]).filter((t) => t !== undefined))];
      const pct = `${Math.round(c.score * 100)}%`;
      const fill = el('span', {});
      fill.style.width = pct; // through the CSSOM: the page's CSP refuses style attributes
      return el(
        'li',
        {},
        el('a', { href: searchHref(c.text, true), 'data-q': c.text, 'data-exact': '1' }, c.text),
        ...tags.map((t) => el('span', { class: 'tag' }, t)),
        el('span', { class: 'bar', title: `확률 ${pct}` }, fill),
        el('span', { class: 'pct' }, pct),
      );
    }),
  );
  note.replaceChildren(`교정 후보 ${shown.length}개 · ${answer.tookMs.toFixed(1)} ms · 이 데모에는 문서 색인이 없어 baro의 교정 결과만 보여 줍니다.`);
}

function fromLocation() {
  const params = new URLSearchParams(location.search);
  const q = params.get('q')?.trim() ?? '';
  if (q !== '') void search(q, { exact: params.get('exact') === '1', push: false });
  else {
    results.hidden = true;
    input.value = '';
  }
}

/**
 * "로" after a vowel or ㄹ, "으로" after other final consonants, "(으)로" after what is not Hangul.
 * @example josaRo('롯데시네마') // '로'
 * @param {string} word
 */
function josaRo(word) {
  const code = word.charCodeAt(word.length - 1);
  if (!(code >= 0xac00 && code <= 0xd7a3)) return '(으)로';
  const jong = (code - 0xac00) % 28;
  return jong === 0 || jong === 8 ? '로' : '으로';
}

/**
 * @param {string} q
 * @param {boolean} [exact]
 */
function searchHref(q, exact = false) {
  const params = new URLSearchParams({ q });
  if (exact) params.set('exact', '1');
  return `?${params}`;
}

class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * @param {string} path
 * @param {AbortSignal} signal
 * @returns {Promise<unknown>}
 */
async function getJson(path, signal) {
  const res = await fetch(`${API}${path}`, { signal, headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `HTTP ${res.status}`);
  return body;
}

/** @param {unknown} err */
function isAbort(err) {
  return err instanceof DOMException && err.name === 'AbortError';
}

/** @param {string} id */
function byId(id) {
  const found = document.getElementById(id);
  if (!found) throw new Error(`baro page: #${id} is missing`);
  return found;
}

/**
 * @param {string} tag
 * @param {Record<string, string>} attrs
 * @param {(Node | string)[]} children
 */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
