/**
 * Truth discovery with a copier: majority vote is fooled, AccuCopy is not.
 *
 *   npx tsx examples/truth-discovery.ts
 */
import { discoverTruth, type Observation } from '../src'

// Three careful gazetteers, one sloppy one, and a site that copies the sloppy one wholesale.
const observations: Observation[] = []
const cities = ['Arden', 'Bexley', 'Corran', 'Dunmore', 'Elstree', 'Fenwick', 'Glenrock', 'Hartwell', 'Ilford', 'Jarrow', 'Kelso', 'Lydney']
cities.forEach((city, k) => {
  const item = `${city} river`
  observations.push({ source: 'atlas-a', item, value: `${city} Water` })
  observations.push({ source: 'atlas-b', item, value: k % 5 === 2 ? `${city} Brook` : `${city} Water` })
  observations.push({ source: 'atlas-c', item, value: k % 4 === 1 ? `${city} Burn` : `${city} Water` })
  const sloppy = k % 2 === 0 ? `Old ${city} Canal` : `${city} Water`
  observations.push({ source: 'sloppy-guide', item, value: sloppy })
  observations.push({ source: 'copycat-site', item, value: sloppy })
})
// One item only the best atlas and the sloppy pair cover.
observations.push({ source: 'atlas-a', item: 'Mirefield river', value: 'Mire Water' })
observations.push({ source: 'sloppy-guide', item: 'Mirefield river', value: 'Mirefield Canal' })
observations.push({ source: 'copycat-site', item: 'Mirefield river', value: 'Mirefield Canal' })

for (const algorithm of ['vote', 'accu', 'accucopy'] as const) {
  const r = discoverTruth(observations, { algorithm })
  const m = r.items.find((i) => i.item === 'Mirefield river')
  console.log(`${algorithm.padEnd(9)} Mirefield river -> ${m?.value} (confidence ${m?.confidence.toFixed(2)})`)
  if (algorithm === 'accucopy') {
    for (const d of r.dependencies.slice(0, 3)) console.log(`          dependence ${d.a} ~ ${d.b}: ${d.probability.toFixed(2)}`)
    for (const s of r.sources) console.log(`          accuracy ${s.source.padEnd(13)} ${s.trust.toFixed(2)}`)
  }
}
