/**
 * A large corpus made of real paragraphs, for the analyze benchmark: paragraphs of the seed
 * articles, and of the FNC-1 training bodies when ../shared/datasets is present (read at run
 * time, never stored in the repository). Each generated article recombines paragraphs from
 * several stories, so that, as in a real news stream, most text is unrelated, some passages
 * recur across outlets (copying), and statements recur with variations.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import type { RawArticle } from '../src'
import { parseCsv } from '../src/internal/csv'
import { prng as rng } from './lib'

const FNC_BODIES = '../shared/datasets/fnc1/train_bodies.csv'


const paragraphsOf = (text: string): ReadonlyArray<string> =>
  text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 12)

interface Pool {
  readonly paragraphs: ReadonlyArray<string>
  readonly sources: ReadonlyArray<string>
}
let pool: Pool | null = null

/** The paragraph pool and where it came from (read once per process). */
export const paragraphPool = (): Pool => {
  pool ??= readPool()
  return pool
}

const readPool = (): Pool => {
  const seeds = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => paragraphsOf(readFileSync(`seeds/${f}`, 'utf8')))
  if (!existsSync(FNC_BODIES)) return { paragraphs: seeds, sources: ['seeds'] }
  const rows = parseCsv(readFileSync(FNC_BODIES, 'utf8'))
  const bodies = rows.slice(1).flatMap((r) => paragraphsOf(r[1] ?? ''))
  return { paragraphs: [...seeds, ...bodies], sources: ['seeds', 'FNC-1 train bodies'] }
}

const DATELINES = ['LONDON —', 'WASHINGTON (AP) —', 'PARIS (Reuters) -', 'TEHRAN -', 'BEIRUT —', 'NEW DELHI:', '']
const SIGNOFFS = ['', '', 'Reporting by staff; editing by the desk.', 'All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.']

/**
 * `n` articles of 4 to 9 paragraphs each, drawn from the pool with a deterministic generator:
 * consecutive paragraphs of one source story (so stories keep some coherence), a dateline, a
 * title made of the first words, and sometimes an outlet sign-off. Lazy, so that a streaming
 * consumer never holds the corpus.
 */
export function* corpusStream(n: number, seed = 42): Generator<RawArticle> {
  const { paragraphs } = paragraphPool()
  const next = rng(seed)
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[Math.floor(next() * xs.length)] as A
  for (let i = 0; i < n; i++) {
    const k = 4 + Math.floor(next() * 6)
    const parts: string[] = []
    let at = Math.floor(next() * paragraphs.length)
    for (let j = 0; j < k; j++) {
      // mostly the next paragraph of the same story, sometimes a jump to another story
      at = next() < 0.75 ? (at + 1) % paragraphs.length : Math.floor(next() * paragraphs.length)
      parts.push(paragraphs[at] ?? '')
    }
    const first = parts[0] ?? ''
    const title = first.split(/\s+/).slice(0, 8).join(' ').replace(/[.,;:]+$/, '')
    const dateline = pick(DATELINES)
    const body = parts.map((p, j) => (j === 0 && dateline !== '' ? `${dateline} ${p}` : p)).join('\n\n')
    const signoff = pick(SIGNOFFS)
    yield { id: `gen-${String(i).padStart(6, '0')}`, text: `${title}\n\n${body}${signoff === '' ? '' : `\n\n${signoff}`}\n` }
  }
}

/** The whole generated corpus as an array. */
export const generateCorpus = (n: number, seed = 42): ReadonlyArray<RawArticle> => [...corpusStream(n, seed)]
