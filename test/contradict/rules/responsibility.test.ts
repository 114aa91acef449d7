import { describe, it } from 'vitest'
import { RuleTester } from '../../../src/testing'
import { responsibilityRule } from '../../../src/contradict'

new RuleTester({ describe, it }).run('responsibility-different-actors', responsibilityRule, {
  valid: [
    {
      name: 'the same country under two names',
      a: { text: 'The attack on the pipeline was carried out by Russia.' },
      b: { text: 'Moscow was behind the attack on the pipeline.' }
    },
    {
      name: 'different years',
      a: { text: 'The 2014 attack on the pipeline was carried out by Russia.', times: [{ text: '2014', from: '2014', to: '2014' }] },
      b: { text: 'The 2022 attack on the pipeline was carried out by Ukraine.', times: [{ text: '2022', from: '2022', to: '2022' }] }
    },
    {
      name: 'a vague perpetrator names no one',
      a: { text: 'The attack on the ministry was launched by a foreign government.' },
      b: { text: 'Officials cannot say who was behind the attack on the ministry.' }
    },
    {
      name: 'different events',
      a: { text: 'The bombing of the bridge was carried out by Serbia.' },
      b: { text: 'The tanker seizure was carried out by Greece.' }
    }
  ],
  invalid: [
    {
      name: 'who bombed a hospital',
      a: { text: 'The hospital was destroyed by an Israeli airstrike, health officials said.', outlet: 'Gaza Monitor' },
      b: { text: 'The blast at the hospital was caused by a misfired rocket launched by Islamic Jihad, the army said.', outlet: 'Army Bulletin' },
      errors: [{ messageId: 'differentActors', kind: 'responsibility' }]
    },
    {
      name: 'named vs cannot say',
      a: { text: 'The attack on the pipeline was carried out by Russia.' },
      b: { text: 'Officials cannot say who was behind the attack on the pipeline.' },
      errors: [{ messageId: 'namedVsUnknown' }]
    },
    {
      name: 'originated from',
      a: { text: 'The ransomware attack on the port originated from North Korea, investigators said.' },
      b: { text: 'China was behind the ransomware attack on the port.' },
      errors: [{ messageId: 'differentActors', data: { actorA: 'China', actorB: 'North Korea' } }]
    }
  ]
})
