import { languageToolPaths, languageToolSchemas } from './languagetool/openapi.js';
import { version } from './version.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);

const levels = ['error', 'warning', 'info'];
const categories = ['jargon', 'acronym', 'stigmatising', 'deficit', 'tone', 'child-voice', 'plan', 'readability'];
const formats = ['text', 'markdown', 'html'];
const documentTypes = ['visit', 'plan', 'assessment', 'review', 'letter', 'other'];
const presetNames = ['recommended', 'family-facing', 'audit', 'strict'];
const verdicts = ['pass', 'warn', 'fail'];
const errorCodes = [
  'malformed-json',
  'invalid-request',
  'invalid-utf8',
  'invalid-settings',
  'unsupported-media-type',
  'payload-too-large',
  'unauthorized',
  'forbidden-origin',
  'forbidden-host',
  'not-text',
  'not-found',
  'method-not-allowed',
  'request-timeout',
  'timeout',
  'busy',
  'unavailable',
  'internal',
];

const int = (minimum = 0) => ({ type: 'integer', minimum });
const strings = { type: 'array', items: { type: 'string' } };
const object = (properties: Record<string, object>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

/** The OpenAPI 3.1 description of the service, served at /openapi.json. A test checks real answers against it. */
export const openapiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'carelint pre-submission check',
    version,
    description:
      'Checks a children\'s social care record before it is submitted and answers with the findings, the metrics and a verdict under the server\'s policy. Nothing is stored or logged: access log lines hold the method, path, status and time only.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: 'http://127.0.0.1:8080', description: 'carelint serve (default host and port)' }],
  paths: {
    '/v1/check': {
      post: {
        operationId: 'checkRecord',
        summary: 'Check one record',
        description:
          'Lints the record with carelint\'s core and judges it under the server\'s verdict policy. The answer is never cached (Cache-Control: no-store). When the server has a token, send it as "Authorization: Bearer <token>".',
        security: [{ bearer: [] }, {}],
        requestBody: { required: true, content: { 'application/json': { schema: ref('CheckRequest') } } },
        responses: {
          '200': json(ref('CheckResponse'), 'The report and the verdict.'),
          '400': error('The body is not valid JSON or UTF-8, or a field is wrong (the message names it).'),
          '401': error('The server has a token and the request did not send it.'),
          '403': error('The request came from a web page whose origin is not on the CORS allow list.'),
          '408': error('The body did not arrive in time.'),
          '413': error('The body is larger than the server accepts (1 MB unless set otherwise).'),
          '415': error('The body is not sent as application/json in UTF-8.'),
          '500': error('A fault in carelint itself; the message never holds record text.'),
          '503': error('Checking took longer than the server allows, too many records are waiting, or the server is shutting down.'),
        },
      },
      options: {
        operationId: 'checkPreflight',
        summary: 'CORS preflight',
        responses: {
          '204': { description: 'The origin is allowed: Access-Control-Allow-* headers are set.' },
          '403': error('The origin is not on the allow list.'),
        },
      },
    },
    '/healthz': {
      get: {
        operationId: 'health',
        summary: 'Is the service ready?',
        responses: {
          '200': json(ref('Health'), 'Ready: the lint workers have loaded.'),
          '503': json(ref('Health'), 'Starting, or no worker could start.'),
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'This document',
        responses: { '200': json({ type: 'object' }, 'The OpenAPI 3.1 document.') },
      },
    },
    '/': {
      get: {
        operationId: 'page',
        summary: 'A page to paste a record into and see its findings; it checks the record in the browser',
        responses: { '200': { description: 'The page.', content: { 'text/html': { schema: { type: 'string' } } } } },
      },
    },
    '/carelint.browser.js': {
      get: {
        operationId: 'browserBuild',
        summary: 'The browser build of carelint\'s core and verdict policy (ESM), as the page loads it',
        responses: {
          '200': { description: 'The module.', content: { 'text/javascript': { schema: { type: 'string' } } } },
          '503': error('The server was started without its browser build.'),
        },
      },
    },
    '/carelint.page.js': {
      get: {
        operationId: 'pageScript',
        summary: 'The page\'s own script',
        responses: {
          '200': { description: 'The module.', content: { 'text/javascript': { schema: { type: 'string' } } } },
          '503': error('The server was started without its browser build.'),
        },
      },
    },
    ...languageToolPaths,
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'Only when the server was started with --token or CARELINT_TOKEN.' },
    },
    schemas: {
      CheckRequest: {
        type: 'object',
        properties: {
          text: { type: 'string', minLength: 1, description: 'The record, as typed or stored (not only white space).' },
          format: { enum: formats, default: 'text' },
          documentType: { enum: documentTypes, description: 'The kind of record; the verdict policy uses it (a visit without the child\'s voice fails by default).' },
          children: { ...strings, description: 'Names of the children the record is about.' },
          preset: { enum: presetNames, description: 'Overrides the server\'s preset for this record.' },
          id: { type: 'string', maxLength: 200, description: 'The record\'s id in your system, copied into report.path.' },
          ignore: { ...strings, description: 'Fingerprints of findings the writer chose to ignore.' },
        },
        required: ['text'],
        additionalProperties: false,
      },
      CheckResponse: object({
        report: ref('Report'),
        verdict: { enum: verdicts, description: 'The verdict under the server\'s policy (also in report.metrics.verdict).' },
        reasons: { ...strings, description: 'Why, one sentence each; empty for pass.' },
      }),
      Report: object(
        {
          path: { type: 'string' },
          format: { enum: formats },
          documentType: { enum: documentTypes },
          messages: { type: 'array', items: ref('Finding') },
          metrics: ref('Metrics'),
        },
        ['format', 'messages', 'metrics'],
      ),
      Point: object({ line: int(1), column: int(1), offset: int(0) }),
      Finding: object(
        {
          source: { type: 'string' },
          ruleId: { type: 'string' },
          reason: { type: 'string' },
          place: object({ start: ref('Point'), end: ref('Point') }),
          actual: { type: 'string' },
          expected: strings,
          note: { type: 'string' },
          url: { type: 'string' },
          fatal: { type: 'boolean' },
          severity: { enum: levels },
          fingerprint: { type: 'string' },
          data: { type: 'object', properties: { category: { enum: categories } }, required: ['category'] },
        },
        ['source', 'ruleId', 'reason', 'place', 'actual', 'expected', 'severity', 'fingerprint', 'data'],
      ),
      Metrics: object(
        {
          words: int(),
          sentences: int(),
          jargon: object({
            count: int(),
            per1000: { type: 'number', minimum: 0 },
            terms: { type: 'array', items: object({ ruleId: { type: 'string' }, term: { type: 'string' }, count: int(1) }) },
          }),
          tone: object({ critical: int(), positive: int(), ratio: { type: ['number', 'null'] }, target: { type: 'number' } }),
          childVoice: object({
            status: { enum: ['present', 'absent', 'not-applicable'] },
            quotes: int(),
            reportedViews: int(),
            observations: int(),
            methods: strings,
          }),
          plan: object({ actions: int(), complete: int(), vague: int() }),
          readability: object({
            age: { type: ['number', 'null'] },
            grade: { type: ['number', 'null'] },
            longestSentences: { type: 'array', items: object({ words: int(), line: int(1) }) },
          }),
          verdict: { enum: verdicts },
        },
        ['words', 'sentences', 'jargon', 'verdict'],
      ),
      Error: object({
        error: object(
          {
            code: { enum: errorCodes },
            message: { type: 'string', description: 'What was wrong and what to do; never holds record text.' },
            field: { type: 'string', description: 'The request field the problem is in.' },
          },
          ['code', 'message'],
        ),
      }),
      Health: object({
        status: { enum: ['ok', 'starting', 'unavailable'] },
        version: { type: 'string' },
        workers: object({ workers: int(), ready: int(), busy: int(), queued: int() }),
      }),
      ...languageToolSchemas,
    },
  },
} as const;
