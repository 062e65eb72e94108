/** The OpenAPI entries of LanguageTool's API (v2) as carelint serves it; openapi.ts merges them in. */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const str = { type: 'string' };
const int = { type: 'integer', minimum: 0 };
const object = (properties: Record<string, object>, required: string[] = Object.keys(properties)) => ({ type: 'object', properties, required });

export const languageToolPaths = {
  '/v2/check': {
    post: {
      operationId: 'languageToolCheck',
      summary: 'Check a text as LanguageTool\'s HTTP API does (for LibreOffice, LTeX and LanguageTool\'s browser add-ons)',
      description:
        'LanguageTool\'s /v2/check, answered with carelint\'s findings. Offsets and lengths count UTF-16 code units of the text as sent (with `data`, markup included), as LanguageTool does. Differences: English only; `level=picky` adds carelint\'s info findings and findings on the whole text; rule ids are carelint\'s (e.g. contact-family), and enabledRules/disabledRules also take a category or rule package; unknown ids are ignored; errors are carelint\'s JSON errors. With a server token, send it as `apiKey` (any `username`) or as a Bearer header.',
      security: [{ bearer: [] }, {}],
      requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: ref('LanguageToolCheckRequest') } } },
      responses: {
        '200': json(ref('LanguageToolCheckResponse'), 'The matches, in LanguageTool\'s shape.'),
        '400': error('A field is missing or wrong (the message names it), or the language is not English.'),
        '401': error('The server has a token and the request sent neither apiKey nor a Bearer header with it.'),
        '403': error('The request came from a web page whose origin is not on the CORS allow list.'),
        '405': error('Only POST checks a text.'),
        '408': error('The body did not arrive in time.'),
        '413': error('The body is larger than the server accepts.'),
        '415': error('The body is not a form (application/x-www-form-urlencoded).'),
        '500': error('A fault in carelint itself; the message never holds the text.'),
        '503': error('Checking took too long, too many texts are waiting, or the server is shutting down.'),
      },
    },
  },
  '/v2/languages': {
    get: {
      operationId: 'languageToolLanguages',
      summary: 'The languages carelint checks, in LanguageTool\'s shape (English variants only)',
      responses: { '200': json({ type: 'array', items: ref('LanguageToolLanguage') }, 'The languages.') },
    },
  },
};

export const languageToolSchemas = {
  LanguageToolCheckRequest: {
    type: 'object',
    properties: {
      text: { type: 'string', description: 'The text to check (or send `data`).' },
      data: { type: 'string', description: 'JSON: {"annotation": [{"text": "…"}, {"markup": "<b>", "interpretAs": "…"}]}; markup is skipped.' },
      language: { type: 'string', description: 'en, en-GB, en-US, another en-… variant, or auto.' },
      enabledRules: { type: 'string', description: 'Comma-separated rule ids, categories or rule packages to turn on.' },
      disabledRules: { type: 'string', description: 'Comma-separated rule ids, categories or rule packages to turn off.' },
      enabledOnly: { enum: ['true', 'false', 'yes', 'no'], description: 'true: only enabledRules run.' },
      level: { enum: ['default', 'picky'], description: 'picky: also info findings and findings on the whole text.' },
      username: { type: 'string', description: 'Ignored (LanguageTool clients send it with apiKey).' },
      apiKey: { type: 'string', description: 'The server\'s token, when it has one.' },
    },
    required: ['language'],
  },
  LanguageToolLanguage: object({ name: str, code: str, longCode: str }),
  LanguageToolCheckResponse: object({
    software: object({ name: str, version: str, buildDate: str, apiVersion: int, premium: { type: 'boolean' }, status: str }),
    warnings: object({ incompleteResults: { type: 'boolean' } }),
    language: object({ name: str, code: str, detectedLanguage: object({ name: str, code: str, confidence: { type: 'number' }, source: str }) }),
    matches: { type: 'array', items: ref('LanguageToolMatch') },
  }),
  LanguageToolMatch: object(
    {
      message: str,
      shortMessage: str,
      replacements: { type: 'array', items: object({ value: str }) },
      offset: int,
      length: { type: 'integer', minimum: 1 },
      context: object({ text: str, offset: int, length: int }),
      sentence: str,
      type: object({ typeName: { enum: ['Hint', 'Other'] } }),
      rule: object(
        {
          id: str,
          description: str,
          issueType: str,
          urls: { type: 'array', items: object({ value: str }) },
          category: object({ id: str, name: str }),
        },
        ['id', 'description', 'issueType', 'category'],
      ),
      ignoreForIncompleteSentence: { type: 'boolean' },
      contextForSureMatch: { type: 'integer' },
    },
    ['message', 'shortMessage', 'replacements', 'offset', 'length', 'context', 'sentence', 'type', 'rule'],
  ),
};
