/**
 * English grammar words the rule reads actions by. These are closed classes (modals, pronouns, determiners),
 * not practice vocabulary, so they live here rather than in the dictionary.
 */

/** Words that start a planned action: "Mum will", "Nan shall", "Dad must", "Billy can call Nan". */
export const MODALS = new Set(['will', 'shall', 'must', 'should', 'can', 'could', 'would', 'may', 'might']);

/** Negative modals: an action with one is a standing rule ("Dad won't come to the house"). */
export const NEGATIVE_MODALS = new Set([
  "won't", 'wont', "shan't", 'cannot', "can't", "mustn't", "shouldn't", "wouldn't", "couldn't",
]);

/** Verbs that commit the subject to what follows "to" or "that": "Nan agrees that she will call Mum". */
export const COMMITMENTS = new Set(['agree', 'agrees', 'agreed', 'promise', 'promises', 'promised', 'commit', 'commits', 'committed', 'undertake', 'undertakes']);

/** Verbs that, followed by "to", make an obligation: "Mum needs to", "Dad has to", "Billy is to". */
export const OBLIGATIONS = new Set(['need', 'needs', 'has', 'have', 'is', 'are', 'am']);

/** Words between a modal and its verb that change nothing but negation. */
export const ADVERBS = new Set(['also', 'still', 'always', 'then', 'only', 'now', 'both', 'each', 'immediately', 'personally', 'again', 'all', 'first', 'further', 'jointly', 'together', 'directly', 'herself', 'himself', 'themselves']);

/** Negation after a modal: "will not", "will never". */
export const NEGATORS = new Set(['not', 'never', "n't"]);

/** Personal pronouns that stand for someone named nearby ("Nan agrees that she will call Mum"). */
export const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'i\'ll', "we'll", "you'll", "he'll", "she'll", "they'll", "i'd", "we'd", "they'd", "she'd", "he'd"]);

/** The writer's possessives: "My next visit will be within 10 working days" is the writer's action. */
export const WRITER = new Set(['my', 'our']);

/** Subject words that make a rule for everyone: "No alcohol will be kept", "Nobody will". */
export const UNIVERSAL_NEGATIVES = new Set(['no', 'none', 'neither', 'nobody', 'noone']);

/** Determiners, possessives and joiners that may sit inside a subject ("the social worker", "Mum and Dad"). */
export const SUBJECT_GLUE = new Set([
  'the', 'a', 'an', 'all', 'both', 'each', 'any', 'every', 'his', 'her', 'their', 'our', 'my', 'your', 'its',
  'and', 'or', '&', '/', 'plus', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'named', 'allocated', 'new', 'current',
  'maternal', 'paternal', 'also', 'together',
]);

/** Titles: the capitalised word after one is a name ("Ms Khan"). */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

/** Words that end a clause when reading back from a verb to its subject, or forward along a verb chain. */
export const CLAUSE_WORDS = new Set(['then', 'that', 'who', 'which', 'if', 'when', 'whenever', 'because', 'so', 'but', 'unless', 'until', 'while', 'whereas', 'once', 'where']);

/**
 * Words that open a clause inside what an action acts on: "Tell Mum whether the club has a place", "Ask Dad
 * what was agreed". A finite verb after one belongs to that clause, not to the action.
 */
export const WH_CLAUSE = new Set(['whether', 'what', 'how', 'why', 'whose', 'whom']);

/** Words that start a purpose or condition: the verb chain of an action stops there. */
export const CHAIN_STOPS = new Set(['so', 'because', 'if', 'when', 'whenever', 'unless', 'until', 'while', 'whereas', 'which', 'who', 'where', 'once', 'before', 'after', 'in']);

/** Words that cannot be the verb after "to" or "and": "to school", "to the", "and her". */
export const NOT_VERBS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'this', 'that', 'these', 'those', 'him',
  'them', 'us', 'me', 'it', 'all', 'any', 'each', 'every', 'some', 'both', 'no', 'not', 'be', 'school',
  'home', 'work', 'bed', 'nursery', 'college', 'hospital', 'court', 'and', 'or',
]);

/** Forms of "be" that, after a modal, make a passive or a state: "will be offered", "will be in bed". */
export const BE = new Set(['be', 'been', 'being']);

/** Irregular past participles: "No alcohol will be kept at the family home". Regular ones end in -ed. */
export const PARTICIPLES = new Set([
  'kept', 'given', 'told', 'shown', 'taken', 'made', 'held', 'done', 'seen', 'sent', 'put', 'set', 'brought',
  'bought', 'paid', 'met', 'found', 'left', 'read', 'written', 'spoken', 'known', 'drawn', 'driven', 'rung',
  'sought', 'taught', 'heard', 'built', 'spent', 'led', 'fed', 'let', 'shut', 'understood', 'undertaken',
  'withdrawn', 'chosen', 'forgotten', 'hidden', 'picked', 'run', 'won', 'paid',
]);

/**
 * Verbs of helping someone do something: in a passive before "to" and a verb ("Kai will be supported to join the
 * club", "Mum to be encouraged to attend") the help is the action, and whoever gives it is not named.
 */
export const HELPING = new Set(['supported', 'encouraged', 'helped', 'enabled', 'assisted', 'empowered']);

/** Irregular past tenses: a bullet that opens with one records what happened ("Rang school"), not a plan. */
export const PAST_TENSES = new Set([
  'spoke', 'met', 'saw', 'went', 'told', 'took', 'gave', 'rang', 'sent', 'made', 'had', 'was', 'were', 'did',
  'came', 'left', 'brought', 'bought', 'wrote', 'read', 'heard', 'found', 'got', 'said', 'thought', 'felt',
  'kept', 'held', 'paid', 'ran', 'began', 'drove', 'sat', 'stood',
]);

/** Copulas, auxiliaries and verbs of holding a view: a bullet whose verb is only one of these describes, it does not plan. */
export const DESCRIPTIVE = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'am', "isn't", "aren't", "hasn't", "haven't", 'does', 'do', 'did', "don't", "doesn't",
  "didn't", 'seems', 'appears',
  // What a person holds true, after its subject ("I believe the facts are true", "Mum feels the plan works"): a view, not an action.
  'believe', 'believes', 'think', 'thinks', 'feel', 'feels', 'know', 'knows', 'understand', 'understands',
]);

/** Words that make "if" mean "whether": "to check if she has been drinking". */
export const WHETHER_BEFORE_IF = new Set(['check', 'checks', 'checking', 'see', 'ask', 'asks', 'asking', 'know', 'out', 'decide', 'decides', 'wonder', 'sure', 'whether', 'consider', 'assess']);

/** Words that open a trigger: "If Mum drinks", "Whenever Billy asks", "Even if", "Each time". */
export const TRIGGERS = new Set(['if', 'when', 'whenever', 'unless', 'once', 'should']);

/** Prepositions after which an actor is not the doer: "Referral to school", "a plan for Mum". */
export const OBJECT_PREPOSITIONS = new Set(['to', 'for', 'about', 'into', 'of', 'from', 'on', 'at', 'towards', 'against', 'than']);

/** Lower-case words that are never names even when written with a capital (first word of a line, headings). */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'if', 'when', 'then', 'this', 'that', 'these', 'those', 'there', 'it', 'all', 'any', 'each',
  'every', 'both', 'no', 'not', 'to', 'by', 'on', 'in', 'at', 'for', 'from', 'with', 'of', 'and', 'or', 'but',
  'what', 'who', 'why', 'how', 'where', 'which', 'once', 'even', 'also', 'please', 'plan', 'action', 'actions',
  'next', 'review', 'date', 'i', 'we', 'you', 'he', 'she', 'they', 'our', 'my', 'your', 'his', 'her', 'their',
  'whenever', 'unless', 'until', 'after', 'before', 'during', 'should', 'will', 'must', 'can', 'may',
]);
