export type { LanguageModel, CompleteOptions, Completion, LanguageModelInfo, PrefixState } from './language-model.js';
export { loadLanguageModel, checkStepGraph, DEFAULT_LM_DIR, MODEL_FILE, STEP_FILE, VOCAB_FILE, type LoadOptions } from './load.js';
export { OnnxLanguageModel, GRAPH_INPUTS, GRAPH_OUTPUTS, STEP_INPUTS, STEP_OUTPUTS, type RecurrentShape } from './onnx-model.js';
export { KeystrokeTokenizer, type VocabSpec } from './tokenizer.js';
export { createInferenceSession, checkInputs, type OnnxSession, type TensorData, type Shape, type SessionOptions } from './onnx-backend.js';
export { GOLDEN_TEXTS } from './golden.js';
