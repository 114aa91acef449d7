import { describe, it } from 'vitest'
import { RuleTester } from '../../../src/testing'
import { internalRule } from '../../../src/contradict'

new RuleTester({ describe, it }).run('internal-failure-vs-impact', internalRule, {
  valid: [
    {
      name: 'two articles are the outcome rule',
      a: { articleId: 'one', text: 'The ransomware attack on the hospital network was thwarted.' },
      b: { articleId: 'two', text: 'The attack left the hospital network offline for two days.' }
    },
    {
      name: 'the effect is of another event',
      a: { articleId: 'one', text: 'The attack on the dam was repelled.' },
      b: { articleId: 'one', text: 'Heavy rain damaged the dam road.' }
    },
    {
      name: 'both say it failed',
      a: { articleId: 'one', text: 'The attack on the dam was repelled.' },
      b: { articleId: 'one', text: 'The attack on the dam failed to damage the turbines.' }
    },
    {
      name: 'a denial is not a failure',
      a: { articleId: 'one', text: 'Reports of an attack on the dam are baseless.' },
      b: { articleId: 'one', text: 'The attack on the dam destroyed two turbines.' }
    }
  ],
  invalid: [
    {
      name: 'thwarted vs offline',
      a: { articleId: 'one', text: 'The ransomware attack on the hospital network was thwarted, the director said.', speaker: 'Director Paul Okafor' },
      b: { articleId: 'one', text: 'The attack left the hospital network offline for two days.', start: 300 },
      errors: [{ messageId: 'failureVsImpact', kind: 'internal' }]
    },
    {
      name: 'failed to damage vs destroyed',
      a: { articleId: 'one', text: "The militia's attack on the dam failed to damage it." },
      b: { articleId: 'one', text: 'The attack on the dam destroyed two turbines.', start: 120 },
      errors: [{ messageId: 'failureVsImpact' }]
    },
    {
      name: 'although repelled it still affected',
      a: { articleId: 'one', text: 'The DDoS attack on the bank was foiled by its defence team.' },
      b: { articleId: 'one', text: 'Although the DDoS attack was dealt with quickly, it still affected card payments nationwide.', start: 500 },
      errors: [{ messageId: 'failureVsImpact' }]
    }
  ]
})
