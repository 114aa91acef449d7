import { describe, it } from 'vitest'
import { RuleTester } from '../../../src/testing'
import { outcomeRule } from '../../../src/contradict'

new RuleTester({ describe, it }).run('outcome-success-vs-failure', outcomeRule, {
  valid: [
    {
      name: 'both say the assault was beaten back',
      a: { text: 'The army repelled the rebel assault on the Kessa base.', outlet: 'Valley Courier' },
      b: { text: 'The rebel assault on the Kessa base was beaten back, commanders said.', outlet: 'Northern Star' }
    },
    {
      name: 'a plan is not an outcome',
      a: { text: 'The rebels are planning an assault on the Kessa base.', outlet: 'Valley Courier' },
      b: { text: 'The army repelled the rebel assault on the Kessa base.', outlet: 'Northern Star' }
    },
    {
      name: 'different attackers',
      a: { text: 'The Russian strike on the depot succeeded.', event: { actor: 'Russia' } },
      b: { text: 'The Ukrainian strike on the depot failed.', event: { actor: 'Ukraine' } }
    },
    {
      name: 'a cyber attack and a missile strike are different events',
      a: { text: 'The cyberattack on the port authority failed.' },
      b: { text: 'The missile strike on the port succeeded.' }
    },
    {
      name: 'ten years apart',
      a: { articleId: 'old', text: 'The raid on the mountain camp succeeded.' },
      b: { articleId: 'new', text: 'The raid on the mountain camp failed.' },
      context: {
        articles: [
          { id: 'old', outlet: 'Valley Courier', published: '2010-04-02' },
          { id: 'new', outlet: 'Northern Star', published: '2020-04-02' }
        ]
      }
    },
    {
      name: 'within one article a success only by its effect is left to the internal rule',
      a: { articleId: 'one', text: 'The attack on the grid was foiled.' },
      b: { articleId: 'one', text: 'The attack on the grid caused hours of outages.' }
    },
    {
      name: 'a copy never contradicts itself',
      a: { articleId: 'x', text: 'Officials said the raid on the camp succeeded.' },
      b: { articleId: 'y', text: 'Officials said the raid on the camp succeeded.' }
    },
    {
      name: 'different targets of one operation complement each other',
      a: { text: 'The overnight raid on the Halden fuel depot succeeded.', event: { target: 'Halden fuel depot' } },
      b: { text: 'The overnight raid on the Halden rail bridge failed.', event: { target: 'Halden rail bridge' } }
    },
    {
      name: 'a hedged failure',
      a: { text: 'The raid on the compound may have failed.', modality: 'hedged', certainty: 0.4 },
      b: { text: 'The raid on the compound succeeded.' }
    }
  ],
  invalid: [
    {
      name: 'succeeded vs repelled',
      a: { text: 'The rebel assault on the Kessa army base succeeded, their commander said.', speaker: 'Col. Amara Diop' },
      b: { text: 'The army repelled the rebel assault on the Kessa base.', speaker: 'Maj. Jon Petrov' },
      errors: [{ messageId: 'successVsFailure', kind: 'outcome', data: { success: 'Col. Amara Diop', failure: 'Maj. Jon Petrov' } }]
    },
    {
      name: 'implicative: managed to encrypt vs failed to breach',
      a: { text: 'The ransomware attack on the water utility managed to encrypt its billing servers.', outlet: 'Metro Ledger' },
      b: { text: 'The ransomware attack on the water utility failed to breach any system.', outlet: 'City Wire' },
      errors: [{ messageId: 'successVsFailure' }]
    },
    {
      name: 'negated success: did not succeed vs successfully',
      a: { text: 'The hijackers successfully seized the cargo ship.' },
      b: { text: 'The attempt to seize the cargo ship did not succeed.' },
      errors: [{ messageId: 'successVsFailure', minConfidence: 0.4 }]
    },
    {
      name: 'a defender that managed to thwart it is a failed attack',
      a: { text: 'Air defences managed to thwart the drone attack on the refinery.' },
      b: { text: 'The drone attack on the refinery successfully hit two storage tanks.' },
      errors: [{ messageId: 'successVsFailure' }]
    },
    {
      name: 'one article, explicit success and failure',
      a: { articleId: 'same', text: 'The raid on the compound succeeded.' },
      b: { articleId: 'same', text: 'The raid on the compound failed.' },
      errors: [{ messageId: 'successVsFailure' }]
    }
  ]
})
