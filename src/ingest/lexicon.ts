/**
 * Lexicons for ingestion, as data: boilerplate lines, words that make a name an outlet's,
 * citation cues, abbreviations that do not end a sentence.
 *
 * Origin: written by hand from the page furniture of common news CMSs (WordPress comment
 * forms, Iranian agency comment boxes, Creative Commons and copyright footers, share bars)
 * and from AP / Reuters style conventions. Patterns are regex sources (case-insensitive,
 * matched against a whole line, or against the end of a line for inline footers).
 *
 * @since 0.1.0
 */

/** Kinds of boilerplate, as in the `Boilerplate` codec. */
export type BoilerplateKind = 'comment-form' | 'licence' | 'signoff' | 'tagline' | 'header' | 'share' | 'other'

/**
 * A boilerplate pattern. `strong` patterns are distinctive enough to be cut from the end of a
 * paragraph at any word boundary; weak ones only at a sentence boundary or as a whole line.
 * `opensForm` marks the first line of a comment form: everything after it is the form too.
 */
export interface BoilerplatePattern {
  readonly kind: BoilerplateKind
  readonly pattern: string
  readonly strong: boolean
  readonly opensForm?: boolean
  /** Matched case-sensitively (default: case-insensitive). */
  readonly caseSensitive?: boolean
  /** A lower-case literal the match must contain: a cheap test that skips the regex otherwise. */
  readonly hint?: string
}

/** @since 0.1.0 */
export const BOILERPLATE_PATTERNS: ReadonlyArray<BoilerplatePattern> = [
  // comment forms
  { kind: 'comment-form', pattern: 'Leave a (?:Reply|Comment)', strong: true, opensForm: true },
  { kind: 'comment-form', pattern: '(?:Send|Post|Add|Write|Submit) (?:a |your )?comments?', strong: true, opensForm: true },
  { kind: 'comment-form', pattern: '(?:Comments?|Your comment|Reader comments)\\s*(?:\\(\\d+\\))?\\s*:?', strong: false, opensForm: true },
  { kind: 'comment-form', pattern: '\\d+\\s+(?:comments?|responses?|replies)', strong: false, opensForm: true },
  { kind: 'comment-form', pattern: 'Your email address will not be published\\.?(?:\\s*Required fields are marked\\s*\\*)?', strong: true },
  { kind: 'comment-form', pattern: 'Required fields are marked\\s*\\*', strong: true },
  { kind: 'comment-form', pattern: '\\*\\s*(?:Comment|Name|Email|E-mail|Website)\\s*:?\\s*\\*?', strong: false },
  { kind: 'comment-form', pattern: '(?:Name|Email|E-mail|Website)\\s*\\*', strong: false },
  { kind: 'comment-form', pattern: 'Please (?:type|write|post) (?:in )?your comments? in [A-Z][a-z]+\\.?', strong: true },
  { kind: 'comment-form', pattern: 'The comments (?:that|which) contain [^\\n]{0,300}?will not be (?:disclosed|published|approved)\\.?', strong: true, hint: 'comments' },
  { kind: 'comment-form', pattern: 'Save my name, email,? and website[^\\n]{0,120}', strong: true },
  { kind: 'comment-form', pattern: 'Notify me of (?:follow-up comments|new posts|new comments)[^\\n]{0,120}', strong: true },
  { kind: 'comment-form', pattern: 'You must be logged in to (?:post|leave) a comment\\.?', strong: true },
  { kind: 'comment-form', pattern: 'Comments? (?:are|is) (?:closed|moderated)[^\\n]{0,120}', strong: true },
  { kind: 'comment-form', pattern: 'Cancel reply', strong: true },
  // licence and copyright footers
  { kind: 'licence', pattern: 'All (?:Contents?|Materials?|Rights)\\b[^\\n]{0,120}? (?:is|are) licensed under[^\\n]{0,200}', strong: true, hint: 'licensed' },
  { kind: 'licence', pattern: '(?:Copyright\\s*(?:©|\\(c\\))?|©)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)[^\\n]{0,200}', strong: true },
  { kind: 'licence', pattern: 'All rights reserved\\.?', strong: true },
  { kind: 'licence', pattern: 'This (?:material|article|content) may not be (?:published|reproduced)[^\\n]{0,200}', strong: true, hint: 'may not be' },
  { kind: 'licence', pattern: 'Licensed under (?:a |the )?Creative Commons[^\\n]{0,200}', strong: true, hint: 'creative commons' },
  // taglines and share bars
  { kind: 'tagline', pattern: 'News,? (?:reports?|photos?|videos?|analysis)(?:,? (?:and )?(?:reports?|photos?|videos?|analysis))* (?:of|on|from|about) [^\\n]{1,150}', strong: true, hint: 'news' },
  { kind: 'tagline', pattern: '(?:The )?(?:Latest|Breaking) news (?:from|on|about) [^\\n]{1,150}', strong: false },
  { kind: 'tagline', pattern: 'Follow us on (?:Twitter|X|Facebook|Telegram|Instagram|Google News|WhatsApp)[^\\n]{0,150}', strong: true },
  { kind: 'tagline', pattern: '(?:Subscribe|Sign up) (?:to|for) (?:our|the) [^\\n]{0,40}(?:newsletter|channel|updates|alerts)[^\\n]{0,120}', strong: true },
  { kind: 'tagline', pattern: 'Download (?:the|our) (?:free )?app[^\\n]{0,120}', strong: true },
  { kind: 'share', pattern: 'Share (?:this|on|via)(?: article| story| post)?[^\\n]{0,80}', strong: false },
  { kind: 'share', pattern: '(?:Facebook|Twitter|WhatsApp|Telegram|LinkedIn|Email|Print)(?:\\s*[|,·]?\\s*(?:Facebook|Twitter|WhatsApp|Telegram|LinkedIn|Email|Print))+', strong: false },
  { kind: 'other', pattern: '(?:Related (?:News|Articles|Stories|Posts|Content)|Read more|Also read|See also)\\s*:?', strong: false, opensForm: true },
  { kind: 'other', pattern: 'Tags?\\s*:[^\\n]{0,300}', strong: false },
  { kind: 'other', pattern: 'Print(?: this)?(?: article| page)?', strong: false },
  // wire sign-offs: "(Reporting by ...; Editing by ...)", "AP writer X contributed to this report."
  { kind: 'signoff', pattern: '\\((?:Reporting|Additional reporting|Writing|Editing|Compiled) by [^)\\n]{1,300}\\)', strong: true },
  { kind: 'signoff', pattern: '\\S[^\\n]{0,120}?(?:writers?|reporters?|correspondents?|staff) [^\\n]{0,200}?contributed (?:to )?(?:this|the) (?:report|story)\\.?', strong: true, hint: 'contributed' },
  // a separator line, and a desk code between slashes ("/ntg/", "/ss/")
  { kind: 'other', pattern: '[_=*~#•·\\-–—\\s]{3,}', strong: false, caseSensitive: true },
  { kind: 'signoff', pattern: '/[A-Za-z]{1,6}(?:/[A-Za-z]{1,6})*/', strong: false, caseSensitive: true },
  // a sign-off code: editors' initials such as "MH/PA", "AB/CD/EF" at the very end
  { kind: 'signoff', pattern: '[A-Z]{1,4}(?:/[A-Z]{1,4}){1,3}', strong: false, caseSensitive: true },
  // wire-style end marks
  { kind: 'signoff', pattern: '(?:-{2,}|—)?\\s*(?:END|ENDS|###|-30-)', strong: false, caseSensitive: true }
]

/**
 * Header lines at the top of an article (besides dates, handled by the date parser).
 *
 * @since 0.1.0
 */
export const NEWS_ID_PATTERN =
  /^(?:News|Story|Article|Content|Post)\s*(?:ID|Code|No\.?|Number)\s*[:#]?\s*([A-Za-z0-9][\w-]{0,40})\s*$/i

/** Labels that may precede a date in a header line. @since 0.1.0 */
export const DATE_LABEL_PATTERN =
  /^(?:(?:First\s+)?Published(?:\s+on)?|Posted(?:\s+on)?|Updated(?:\s+on)?|Last\s+updated(?:\s+on)?|Date|Dated|Released)\s*:?\s*/i

/**
 * Words that make a capitalised name an outlet's name ("X News Agency", "The Daily Y").
 *
 * @since 0.1.0
 */
export const OUTLET_WORDS: ReadonlyArray<string> = [
  'News Agency', 'Press Agency', 'Agency', 'News', 'Times', 'Post', 'Herald', 'Tribune', 'Journal',
  'Gazette', 'Daily', 'Radio', 'TV', 'Television', 'Network', 'Media', 'Wire', 'Chronicle',
  'Telegraph', 'Observer', 'Monitor', 'Press', 'Broadcasting', 'Magazine', 'Review', 'Report',
  'Dispatch', 'Courier', 'Standard', 'Express', 'Mirror', 'Sun', 'Star', 'Globe', 'Bulletin'
]

/**
 * Cues before a source's name that make a mention a citation ("according to X", "told X").
 * Matched case-insensitively against the text just before the name, same sentence.
 *
 * @since 0.1.0
 */
export const CITE_BEFORE = new RegExp(
  '(?:according to|told|telling|statement to|speaking to|spoke to|speaking with|interview with|' +
    'interviewed by|cited by|citing|quoted by|quoting|via|reported by|reports? by|reports? from|' +
    'seen by|obtained by|reviewed by|shared with|provided to|made available to|confirmed to|' +
    'report in|wrote (?:in|on|for)|writing (?:in|on|for)|published (?:in|by|on)|posted on|' +
    'broadcast on|aired on|appeared on|on (?:his|her|their|its|the) (?:official )?|' +
    '(?:in|on) an? (?:\\w+ )?|with)\\s+(?:the\\s+)?$',
  'i'
)

/**
 * Cues after a source's name that make a mention a citation ("X reported", "X's report").
 *
 * @since 0.1.0
 */
export const CITE_AFTER = new RegExp(
  '^(?:[\'’]s)?\\s*(?:[a-z][\\w-]*\\s+){0,3}?(?:reported|reports|reporting|said|says|quoted|cited|' +
    'wrote|writes|published|aired|broadcast|added|claimed|revealed|confirmed|learned|' +
    'post|posts|account|feed|report|interview|broadcast|program|programme|show|article|' +
    'story|channel|page|correspondent|reporter)\\b',
  'i'
)

/**
 * Abbreviations whose period does not end a sentence.
 *
 * @since 0.1.0
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl',
  'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no',
  'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'mt', 'ft', 'approx', 'dept', 'est', 'fig', 'al', 'ave', 'blvd', 'e.g', 'i.e', 'a.m',
  'p.m', 'u.s', 'u.k', 'u.n', 'u.s.a', 'e.u'
])

/**
 * Words that, after a dotted abbreviation such as "U.S.", show that a new sentence began.
 *
 * @since 0.1.0
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'This',
  'That', 'These', 'Those', 'Now', 'However', 'Meanwhile', 'Last', 'Earlier', 'Later', 'After',
  'Before', 'His', 'Her', 'Their', 'Its', 'Our', 'There', 'When', 'While', 'As', 'Although', 'If'
])
