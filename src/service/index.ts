export { createApp, type AppDeps, type AppConfig } from './app.js';
export { listen, shutdown, baseUrl, bornWithPrototypes, type ListenOptions } from './server.js';
export { createMetrics, type Metrics, type MetricsOptions, type Op, type CacheResult } from './metrics.js';
export { Results, cacheKey, type ServiceEngine, type ResultsOptions } from './results.js';
export { HttpError, ERROR_CODES, errorHandler, toHttpError, type ErrorBody, type ErrorCode } from './errors.js';
export { createLogger, silentLogger, throttledErrorLog, type Logger, type LogFields } from './log.js';
export { openApiDocument, type JsonSchema } from './openapi.js';
export { N_LIMITS, parseQueryString, parseBatch, parseN, checkQuery, type Limits, type BatchRequest } from './validate.js';
export { cors } from './cors.js';
