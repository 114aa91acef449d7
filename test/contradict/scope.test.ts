import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/contradict/context'
import { eventScope } from '../../src/contradict/scope'
import { claimWindow, isoDays, readClaim, relateWindows } from '../../src/contradict'
import { claim, type ClaimFixture } from '../../src/testing'

const scope = (a: ClaimFixture, b: ClaimFixture, articles: ReadonlyArray<{ id: string; outlet: string | null; published: string | null }> = []) => {
  const ca = claim({ articleId: 'one', ...a })
  const cb = claim({ articleId: 'two', ...b })
  const corpus = buildCorpus([ca, cb], { articles })
  return eventScope(ca, cb, corpus)
}

describe('event scope', () => {
  it('a claim about a 2010 attack and a denial of a 2019 one are different events', () => {
    const s = scope(
      { text: 'Saboteurs attacked the Ossel dam in 2010.', times: [{ text: 'in 2010', from: '2010', to: '2010' }] },
      { text: 'Claims of an attack on the Ossel dam in 2019 are fabricated.', times: [{ text: 'in 2019', from: '2019', to: '2019' }] }
    )
    expect(s.sameEvent).toBe(false)
    expect(s.time).toBe('disjoint')
  })

  it('publication dates alone keep untimed claims a decade apart', () => {
    const s = scope(
      { articleId: 'old', text: 'Rebels raided the Lomo airfield.' },
      { articleId: 'new', text: 'Rebels never raided the Lomo airfield.' },
      [
        { id: 'old', outlet: 'A', published: '2009-03-02' },
        { id: 'new', outlet: 'B', published: '2021-03-02' }
      ]
    )
    expect(s.sameEvent).toBe(false)
  })

  it('who started a war is not the same event as one attack', () => {
    const s = scope({ text: 'The rebels started this war by attacking our border posts.' }, { text: 'There was no attack on the border posts.' })
    expect(s.sameEvent).toBe(false)
    expect(s.reason).toMatch(/conflict/)
  })

  it('a count of many attacks is not one attack', () => {
    const s = scope({ text: 'Our firewall stopped 40 million attacks on the grid last year.' }, { text: 'The attack on the grid succeeded.' })
    expect(s.sameEvent).toBe(false)
  })

  it('a cyber attack and an air strike are different events', () => {
    expect(scope({ text: 'The cyberattack on the Varna port failed.' }, { text: 'The missile strike on the Varna port succeeded.' }).sameEvent).toBe(false)
  })

  it('a copy is never compared with itself, but a changed figure is not a copy', () => {
    expect(scope({ text: 'The strike on the Kessa depot killed 12 people.' }, { text: 'The strike on the Kessa depot killed 12 people.' }).copies).toBe(true)
    const changed = scope({ text: 'The strike on the Kessa depot killed 12 people.' }, { text: 'The strike on the Kessa depot killed 40 people.' })
    expect(changed.copies).toBe(false)
    expect(changed.sameEvent).toBe(true)
  })

  it('different articles need something in common beyond the kind of event', () => {
    const bare = scope({ text: 'It was a very big attack.' }, { text: 'We found no sign of an attack.' })
    expect(bare.sameEvent).toBe(false)
    const anchored = scope({ text: 'It was a very big attack on the Tirek telecom exchange.' }, { text: 'We found no sign of an attack on the Tirek exchange.' })
    expect(anchored.sameEvent).toBe(true)
    expect(anchored.anchors).toContain('keywords')
  })

  it('the same actor under two names anchors the pair', () => {
    const s = scope({ text: 'The attack was carried out by Moscow.', event: { actor: 'Moscow' } }, { text: 'Russian forces never attacked.', event: { actor: 'Russia' } })
    expect(s.actors).toBe('same')
    expect(s.anchors).toContain('actor')
  })

  it('is symmetric', () => {
    const a = claim({ articleId: 'x', text: 'The raid on the Zaria camp failed.' })
    const b = claim({ articleId: 'y', text: 'The raid on the Zaria camp succeeded on 3 May.', times: [{ text: 'on 3 May', from: '2022-05-03' }] })
    const corpus = buildCorpus([a, b], {})
    const ab = eventScope(a, b, corpus)
    const ba = eventScope(b, a, corpus)
    expect({ ...ab, event: null }).toEqual({ ...ba, event: null })
  })
})

describe('reading', () => {
  it('reads implicatives and negation', () => {
    expect(readClaim(claim({ text: 'The guards managed to repel the assault.' })).outcome).toBe('failure')
    expect(readClaim(claim({ text: 'The assault managed to breach the wall.' })).outcome).toBe('success')
    expect(readClaim(claim({ text: 'They have not carried out a successful raid.' })).outcome).toBe('failure')
    expect(readClaim(claim({ text: 'The attackers failed to damage the plant.' })).effect).toBe('no-effect')
    expect(readClaim(claim({ text: "Troops didn't bomb the town." })).occurrence).toBe('no')
  })

  it('plans, cancellations and hypotheticals are not occurrences', () => {
    expect(readClaim(claim({ text: 'The army is considering strikes on the port.' })).planned).toBe(true)
    expect(readClaim(claim({ text: 'He called off the strike with minutes to spare.' })).planned).toBe(true)
    expect(readClaim(claim({ text: 'The strike could have killed hundreds.' })).effect).toBeNull()
  })

  it('failing at something else is not failing at the event', () => {
    expect(readClaim(claim({ text: 'Since they failed to give a response to our strike, they resort to sanctions.' })).outcome).toBeNull()
  })

  it('a denial focuses on the last event it names', () => {
    expect(readClaim(claim({ text: 'He rejected the claim that they answered the downing of the drone with a cyberattack.' })).focus).toBe('attack')
  })

  it("an extractor's actor that defends or suffers is not the attacker", () => {
    expect(readClaim(claim({ text: 'Estonia has repelled a cyberattack on its tax office.', event: { actor: 'Estonia' } })).actor).toBeNull()
    expect(readClaim(claim({ text: 'Russia launched a cyberattack on the Estonian tax office.', event: { actor: 'Russia' } })).actor).toBe('russia')
    expect(readClaim(claim({ text: 'Turkey denied bombing the depot.', event: { actor: 'Turkey' } })).actor).toBe('turkey')
  })

  it('reads places with their owner', () => {
    expect(readClaim(claim({ text: 'The tanker was held in the territorial waters of Oman, officials in Tehran said.' })).place).toEqual({
      kind: 'territorial',
      owner: 'oman',
      text: 'territorial waters'
    })
    expect(readClaim(claim({ text: 'The jet was in international airspace.' })).place?.kind).toBe('international')
  })
})

describe('time windows', () => {
  it('parses ISO prefixes into day ranges', () => {
    const y = isoDays('2019')
    const m = isoDays('2019-02')
    expect(y !== null && y.to - y.from).toBe(364)
    expect(m !== null && m.to - m.from).toBe(27)
    expect(isoDays('2019-13')).toBeNull()
    expect(isoDays('yesterday')).toBeNull()
  })

  it('a stated time reaches a month back; a denial reaches a year back from its own date', () => {
    const c = claim({ text: 'Rebels attacked on Monday.', times: [{ text: 'on Monday', from: '2020-03-02' }] })
    const w = claimWindow(c, { published: '2020-03-05', neighbours: [], denial: false })
    expect(w.basis).toBe('text')
    const d = claimWindow(c, { published: '2020-03-05', neighbours: [], denial: true })
    expect(w.to - w.from).toBeLessThan(40)
    expect(d.to - d.from).toBeGreaterThan(360)
  })

  it('untimed claims fall back on the publication date, or are unknown', () => {
    const c = claim({ text: 'Rebels attacked.' })
    expect(claimWindow(c, { published: '2020-03-05', neighbours: [], denial: false }).basis).toBe('published')
    expect(claimWindow(c, { published: '2020-03-05', neighbours: [], denial: false, recent: true }).basis).toBe('recent')
    const none = claimWindow(c, { published: null, neighbours: [], denial: false })
    expect(relateWindows(none, none)).toBe('unknown')
  })

  it('borrows the time of the claim just before it in the article', () => {
    const before = claim({ text: 'On 3 May rebels shelled the town.', times: [{ text: 'On 3 May', from: '2021-05-03' }] })
    const c = claim({ text: 'The shelling failed.', start: 40 })
    expect(claimWindow(c, { published: null, neighbours: [before], denial: false }).basis).toBe('context')
  })
})

describe('denial focus', () => {
  it('a participle before its noun presupposes its event: the denial is about the other one', () => {
    expect(readClaim(claim({ text: 'The group denied claims that it had agreed to a truce and would free 40 kidnapped workers.' })).focus).toBe('ceasefire')
  })
})

describe('denied harm', () => {
  it.each(['There were no reported injuries after the blast near the airport.', 'There was no damage to the dam, engineers said.'])('%s says the event had no effect, not that it never happened', (text) => {
    const r = readClaim(claim({ text }))
    expect(r.denial).toBe(false)
    expect(r.occurrence).not.toBe('no')
    expect(r.effect).toBe('no-effect')
  })

  it('a denial of the event itself is still a denial', () => {
    expect(readClaim(claim({ text: 'There was no explosion near the airport.' })).occurrence).toBe('no')
  })
})

describe('existential denials', () => {
  it('deny the thing they name: an event is denied, a fireball or a timestamp is not', () => {
    expect(readClaim(claim({ text: 'We have found no sign of a cyberattack on the grid.' })).occurrence).toBe('no')
    expect(readClaim(claim({ text: 'There was no attack on the convoy.' })).occurrence).toBe('no')
    expect(readClaim(claim({ text: 'There was no obvious optical fireball seen before the explosion.' })).denial).toBe(false)
    expect(readClaim(claim({ text: 'There was no indication of when or where the video of the raid was shot.' })).denial).toBe(false)
  })
})
