import { describe, it } from 'vitest'
import { RuleTester } from '../../../src/testing'
import { retractionRule } from '../../../src/contradict'

const days = {
  articles: [
    { id: 'day1', outlet: 'Island Herald', published: '2021-03-01' },
    { id: 'day3', outlet: 'Island Herald', published: '2021-03-03' }
  ]
}

new RuleTester({ describe, it }).run('retraction-own-earlier-claim', retractionRule, {
  valid: [
    {
      name: 'different speakers are not a retraction',
      a: { articleId: 'day1', text: 'The army shelled the village.', speaker: 'Defence Minister Ivo Hart' },
      b: { articleId: 'day3', text: 'The army never shelled the village.', speaker: 'Opposition leader Mia Sol' },
      context: days
    },
    {
      name: 'the same claim repeated',
      a: { articleId: 'day1', text: 'The army shelled the village.', speaker: 'Defence Minister Ivo Hart' },
      b: { articleId: 'day3', text: 'Our army did shell the village, as I said.', speaker: 'Defence Minister Ivo Hart' },
      context: days
    },
    {
      name: 'same day, no correction cue: not a retraction (other rules may still fire)',
      a: { articleId: 'day1', text: 'The army shelled the village.', speaker: 'Defence Minister Ivo Hart' },
      b: { articleId: 'day1', text: 'The army never shelled the village.', speaker: 'Defence Minister Ivo Hart', start: 200 },
      context: days
    },
    {
      name: 'an undated later report of an attack does not retract an earlier denial (it may be a newer attack)',
      a: { articleId: 'day1', text: 'There was no attack on the pipeline, Energy Minister Tom Reyes said.', speaker: 'Tom Reyes' },
      b: { articleId: 'day3', text: 'Rebels attacked the pipeline and it was repaired, Energy Minister Tom Reyes said.', speaker: 'Tom Reyes' },
      context: days
    }
  ],
  invalid: [
    {
      name: 'a later report dated to the period an earlier denial covered retracts it',
      a: { articleId: 'day1', text: 'There was no attack on the pipeline, Energy Minister Tom Reyes said.', speaker: 'Tom Reyes' },
      b: {
        articleId: 'day3',
        text: 'Rebels attacked the pipeline on February 27, Energy Minister Tom Reyes said.',
        speaker: 'Tom Reyes',
        times: [{ text: 'February 27', from: '2021-02-27', to: '2021-02-27', precision: 'day' }],
        event: { timeFrom: '2021-02-27', timeTo: '2021-02-27' }
      },
      context: days,
      errors: [{ messageId: 'reversed', data: { what: 'whether the attack happened' } }]
    },
    {
      name: 'a minister corrects a death toll',
      a: { articleId: 'day1', text: 'Health Minister Lena Park said 40 people died in the ferry sinking.', speaker: 'Lena Park', quantities: [{ value: 40, text: '40', measure: 'people' }] },
      b: {
        articleId: 'day3',
        text: 'Lena Park corrected her earlier statement, saying 14 people died in the ferry sinking.',
        speaker: 'Lena Park',
        quantities: [{ value: 14, text: '14', measure: 'people' }]
      },
      context: days,
      errors: [{ messageId: 'reversed', kind: 'retraction', data: { source: 'Lena Park', what: 'the number of people' } }]
    },
    {
      name: 'a minister takes back an attack claim',
      a: { articleId: 'day1', text: 'The army shelled the village overnight.', speaker: 'Defence Minister Ivo Hart' },
      b: { articleId: 'day3', text: 'The army never shelled the village, the minister said, withdrawing his earlier statement.', speaker: 'Defence Minister Ivo Hart' },
      context: days,
      errors: [{ messageId: 'reversed', data: { what: 'whether the attack happened' } }]
    },
    {
      name: 'a later, un-cued reversal of success',
      a: { articleId: 'day1', text: 'Our raid on the smugglers camp succeeded.', speaker: 'Police Chief Ana Ruiz' },
      b: { articleId: 'day3', text: 'The raid on the smugglers camp failed.', speaker: 'Police Chief Ana Ruiz' },
      context: days,
      errors: [{ messageId: 'reversed', data: { what: 'whether the attack succeeded' } }]
    }
  ]
})
