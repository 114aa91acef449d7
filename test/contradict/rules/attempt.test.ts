import { describe, it } from 'vitest'
import { RuleTester } from '../../../src/testing'
import { attemptRule } from '../../../src/contradict'

new RuleTester({ describe, it }).run('attempt-vs-no-occurrence', attemptRule, {
  valid: [
    {
      name: 'one voice of one article: a failed raid then "no attack since" is narrative',
      a: { text: 'Gunmen attempted an attack on the fuel depot, but it failed.', articleId: 'wire-4' },
      b: { text: 'There has been no attack on the fuel depot since.', articleId: 'wire-4' }
    },
    {
      name: 'both say the attempt failed',
      a: { text: 'Hackers attempted an attack on the election commission, but it failed.' },
      b: { text: 'The attack on the election commission was repelled.' }
    },
    {
      name: 'a success against a denial is the occurrence rule',
      a: { text: 'The attack on the election commission successfully leaked voter rolls.' },
      b: { text: 'There has been no attack on the election commission.' }
    },
    {
      name: 'attempt in 2015, denial about 2021',
      a: { text: 'In 2015 militias tried to seize the bridge but the attempt failed.', times: [{ text: '2015', from: '2015', to: '2015' }] },
      b: { text: 'Claims that militias tried to seize the bridge in 2021 are fabricated.', times: [{ text: '2021', from: '2021', to: '2021' }] }
    },
    {
      name: 'a plan to attack is not an attempt',
      a: { text: 'The group is planning an attack on the dam.' },
      b: { text: 'There was no attack on the dam.' }
    }
  ],
  invalid: [
    {
      name: 'two voices of one article still disagree',
      a: { text: 'Gunmen attempted an attack on the fuel depot, but it failed.', articleId: 'wire-4', speaker: 'Maj. Lina Sato' },
      b: { text: 'There has been no attack on the fuel depot, the mayor said.', articleId: 'wire-4', speaker: 'Mayor Ivo Brandt' },
      errors: [{ messageId: 'attemptVsNone' }]
    },
    {
      name: 'tried and failed vs there was none',
      a: { text: 'Hackers attempted an attack on the election commission servers, but it failed.', speaker: 'Interior Minister Ravi Shah' },
      b: { text: 'There has been no cyberattack on the election commission, its chairman said.', speaker: 'Chairman Ola Berg' },
      errors: [{ messageId: 'attemptVsNone', kind: 'attempt-vs-occurrence' }]
    },
    {
      name: 'did not succeed vs fabricated',
      a: { text: "The militia's attempt to seize the bridge did not succeed." },
      b: { text: 'Claims that militias tried to seize the bridge are fabricated.' },
      errors: [{ messageId: 'attemptVsNone' }]
    },
    {
      name: 'try hard but no successful strike vs no sign of any strike',
      a: { text: 'They try hard but have not carried out a successful strike on our power grid.' },
      b: { text: 'We have found no sign of a strike on the power grid.' },
      errors: [{ messageId: 'attemptVsNone' }]
    }
  ]
})
