/**
 * A synthetic corpus for the contradiction benchmark: many distinct events (actor, target,
 * date), each told several ways (success, failure, denial, attempt, figures) across outlets.
 */
import type { Claim } from '../src/model'
import { claim } from '../src/testing'
import { prng as rng } from './lib'


const ACTORS = ['Russia', 'Ukraine', 'Israel', 'Syria', 'Turkey', 'Sudan', 'Mali', 'Yemen', 'Colombia', 'Myanmar', 'Ethiopia', 'Libya']
const TARGETS = ['fuel depot', 'power grid', 'water utility', 'rail bridge', 'grain port', 'radar station', 'border post', 'airfield', 'ministry network', 'oil terminal', 'dam', 'telecom exchange']
const TOWNS = ['Kessa', 'Lomo', 'Dunmore', 'Varna', 'Ossel', 'Tirek', 'Marib', 'Halden', 'Zaria', 'Pella', 'Corvo', 'Ebro', 'Nysa', 'Arlo', 'Sibu', 'Tarn']
const OUTLETS = ['Harbour Times', 'Gulf Daily', 'Valley Courier', 'Northern Star', 'City Wire', 'Metro Ledger']

export const generate = (nClaims: number, seed: number): { claims: ReadonlyArray<Claim>; articles: ReadonlyArray<{ id: string; outlet: string; published: string }> } => {
  const r = rng(seed)
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[Math.floor(r() * xs.length)] as A
  const claims: Claim[] = []
  const articles: Array<{ id: string; outlet: string; published: string }> = []
  let e = 0
  while (claims.length < nClaims) {
    e++
    const actor = pick(ACTORS)
    const target = `${pick(TOWNS)} ${pick(TARGETS)}`
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 3000) * 86_400_000).toISOString().slice(0, 10)
    const dead = 5 + Math.floor(r() * 60)
    const variants = [
      `${actor} forces attacked the ${target} on ${day}.`,
      `The ${actor} attack on the ${target} succeeded, officials said.`,
      `The attack on the ${target} was repelled by air defences.`,
      `Reports of an attack on the ${target} are baseless, the ministry said.`,
      `${actor} tried to strike the ${target} but the attempt failed.`,
      `The strike on the ${target} killed ${dead} people.`,
      `The strike on the ${target} killed ${dead + 20 + Math.floor(r() * 30)} people.`,
      `The attack on the ${target} caused hours of outages.`,
      `Engineers restored service at the ${target}.`
    ]
    const k = 3 + Math.floor(r() * 4)
    for (let i = 0; i < k && claims.length < nClaims; i++) {
      const text = pick(variants)
      const id = `art-${e}-${i % 3}`
      if (!articles.some((a) => a.id === id)) articles.push({ id, outlet: pick(OUTLETS), published: day })
      const m = /killed (\d+) people/.exec(text)
      claims.push(
        claim({
          articleId: id,
          start: i * 200,
          text,
          outlet: articles.find((a) => a.id === id)?.outlet ?? null,
          event: { actor: text.startsWith(actor) || text.includes(`${actor} attack`) ? actor : null, target },
          times: text.includes(day) ? [{ text: day, from: day, to: day, precision: 'day' }] : [],
          quantities: m?.[1] !== undefined ? [{ value: Number(m[1]), text: m[1], measure: 'people' }] : []
        })
      )
    }
  }
  return { claims, articles }
}

