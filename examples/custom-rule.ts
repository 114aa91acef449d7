/**
 * Writing your own contradiction rule, testing it with RuleTester, and running it beside the
 * built-in rules.
 *
 * The rule: "denies-own-earlier-statement". A speaker who once said something happened and
 * later calls the same kind of claim a lie or baseless contradicts themself, whatever the
 * outlets. It is built from the same pieces the built-in rules use: the event scope of the
 * pair (`ctx.scope`), how each claim reads (`ctx.reading`), and the articles' dates
 * (`ctx.article`).
 *
 * Run: npx tsx examples/custom-rule.ts
 */
import * as E from 'fp-ts/Either'
import * as O from 'fp-ts/Option'
import { addRules, builtinRules, detectContradictions, type Claim, type Rule, type RuleContext } from '../src'
import { RuleTester, claim, type TestFramework } from '../src/testing'

// -------------------------------------------------------------------------------------
// 1. the rule: plain data plus a pure check
// -------------------------------------------------------------------------------------

const published = (c: Claim, ctx: RuleContext): string => O.toNullable(ctx.article(c.articleId))?.published ?? ''

const deniesOwnEarlierStatement: Rule = {
  id: 'denies-own-earlier-statement',
  description: 'A speaker later denies an event they themself reported earlier.',
  kinds: ['retraction'],
  messages: {
    selfDenial: '{speaker} said on {earlierDate} that the {event} happened ("{earlier}") but on {laterDate} denied it ("{later}").'
  },
  check: (a, b, ctx) => {
    // same speaker (not an outlet's own voice), same event
    if (!ctx.scope.sameEvent || !ctx.scope.sameSource || a.assertedBy.kind !== 'speaker') return O.none
    // order the pair by publication date; the check must not depend on which claim came first
    const [earlier, later] = published(a, ctx) <= published(b, ctx) ? [a, b] : [b, a]
    if (published(earlier, ctx) === published(later, ctx)) return O.none
    const re = ctx.reading(earlier)
    const rl = ctx.reading(later)
    if (re.occurrence !== 'yes' || !rl.denial) return O.none
    return O.some({
      messageId: 'selfDenial',
      data: {
        speaker: earlier.assertedBy.name ?? 'the speaker',
        event: ctx.scope.event ?? 'event',
        earlier: earlier.text,
        later: later.text,
        earlierDate: published(earlier, ctx),
        laterDate: published(later, ctx)
      },
      confidence: 0.8 * ctx.scope.score,
      evidence: rl.cues
    })
  }
}

// -------------------------------------------------------------------------------------
// 2. its tests: RuleTester takes your framework's describe/it (vitest, jest, node:test);
//    here a ten-line one so that the example runs on its own
// -------------------------------------------------------------------------------------

let failures = 0
const framework: TestFramework = {
  describe: (name, fn) => {
    console.log(name)
    fn()
  },
  it: (name, fn) => {
    try {
      fn()
      console.log(`  ok    ${name}`)
    } catch (e) {
      failures++
      console.log(`  FAIL  ${name}\n        ${e instanceof Error ? e.message : String(e)}`)
    }
  }
}

const dates = {
  articles: [
    { id: 'monday', outlet: 'Lakeside Post', published: '2023-04-03' },
    { id: 'friday', outlet: 'Capital Wire', published: '2023-04-07' }
  ]
}

new RuleTester(framework).run('denies-own-earlier-statement', deniesOwnEarlierStatement, {
  valid: [
    {
      name: 'two different speakers',
      a: { articleId: 'monday', text: 'Our border post was shelled overnight.', speaker: 'Governor Ines Mota' },
      b: { articleId: 'friday', text: 'Reports that the border post was shelled are baseless.', speaker: 'Colonel Ruben Adler' },
      context: dates
    },
    {
      name: 'the same speaker repeating themself',
      a: { articleId: 'monday', text: 'Our border post was shelled overnight.', speaker: 'Governor Ines Mota' },
      b: { articleId: 'friday', text: 'The border post was shelled again, as I said on Monday.', speaker: 'Governor Ines Mota' },
      context: dates
    }
  ],
  invalid: [
    {
      name: 'shelled on Monday, baseless on Friday',
      a: { articleId: 'monday', text: 'Our border post was shelled overnight.', speaker: 'Governor Ines Mota' },
      b: { articleId: 'friday', text: 'Reports that the border post was shelled are baseless.', speaker: 'Governor Ines Mota' },
      context: dates,
      errors: [{ messageId: 'selfDenial', kind: 'retraction', data: { speaker: 'Governor Ines Mota' } }]
    }
  ]
})

// -------------------------------------------------------------------------------------
// 3. use it beside the built-in rules (duplicate ids are refused as a Left)
// -------------------------------------------------------------------------------------

const rules = addRules(builtinRules, [deniesOwnEarlierStatement])
if (E.isLeft(rules)) throw new Error(rules.left.message)

const claims = [
  claim({ articleId: 'monday', text: 'Our border post was shelled overnight.', speaker: 'Governor Ines Mota', outlet: 'Lakeside Post' }),
  claim({ articleId: 'friday', text: 'Reports that the border post was shelled are baseless.', speaker: 'Governor Ines Mota', outlet: 'Capital Wire' })
]
console.log('\nFindings with the custom rule added:')
for (const c of detectContradictions(claims, dates, { rules: rules.right, allFindingsPerPair: true }))
  console.log(`  [${c.rule}] (${c.confidence.toFixed(2)}) ${c.explanation}`)

process.exitCode = failures === 0 ? 0 : 1
