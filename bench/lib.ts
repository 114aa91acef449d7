/**
 * Small helpers shared by the benchmarks. Benchmarks are scripts, never tests: they report
 * figures and ratios against a baseline measured in the same run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

export interface Timing<A> {
  readonly result: A
  readonly ms: number
}

/** Runs `f` once and times it. */
export const time = <A>(f: () => A): Timing<A> => {
  const t0 = performance.now()
  const result = f()
  return { result, ms: performance.now() - t0 }
}

/** Median wall time of `runs` runs of `f` (after one warm-up). */
export const medianMs = (f: () => unknown, runs = 5): number => {
  f()
  const xs: number[] = []
  for (let i = 0; i < runs; i++) xs.push(time(f).ms)
  xs.sort((a, b) => a - b)
  return xs[Math.floor(xs.length / 2)] ?? Number.NaN
}

/** Peak resident set size of this process so far, in MiB (Linux: from /proc). */
export const peakRssMiB = (): number => {
  try {
    const status = readFileSync('/proc/self/status', 'utf8')
    const m = /VmHWM:\s+(\d+) kB/.exec(status)
    if (m?.[1] !== undefined) return Number(m[1]) / 1024
  } catch {
    /* not Linux */
  }
  return process.memoryUsage().rss / (1024 * 1024)
}

/** Writes a benchmark's figures to bench/out/NAME.json and prints them. */
export const report = (name: string, figures: Record<string, unknown>): void => {
  mkdirSync('bench/out', { recursive: true })
  writeFileSync(`bench/out/${name}.json`, JSON.stringify(figures, null, 2) + '\n')
  console.log(`\n## ${name}`)
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k}: ${typeof v === 'number' ? fmt(v) : JSON.stringify(v)}`)
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(Math.abs(n) >= 100 ? 1 : 3))

/** Mulberry32: a small seeded PRNG, so generated corpora are the same on every run. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
