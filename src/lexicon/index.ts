export { Lexicon, RUNNING_TEXT_COMPLETION, TARGET_WEIGHT } from './lexicon.js';
export { KeystrokeTrie, type FuzzyMatch, type TrieInput } from './trie.js';
export { MISSPELLED_FILE, readLexicon, readMisspelled, writeLexicon } from './artifact.js';
export { parseBlocklist, formatBlocklist, isBlocked, type Blocklist } from './blocklist.js';
export { isHeldOutQuery, fnv1a } from './holdout.js';
export { KNOWN_WEIGHT, SOURCE_FLAGS, type LexiconEntry, type SourceFlag } from './entry.js';
export { DATA_DIR } from './paths.js';
