import { describe, it } from 'vitest'
import { RuleTester } from '../../../src/testing'
import { temporalRule } from '../../../src/contradict'

const garrison = { actor: 'rebels', target: 'kessa garrison' }

new RuleTester({ describe, it }).run('temporal-date-mismatch', temporalRule, {
  valid: [
    {
      name: 'a day inside the month',
      a: { text: 'The rebels attacked the Kessa garrison on 3 May.', predicate: 'occurrence', event: { ...garrison, timeFrom: '2021-05-03' }, times: [{ text: 'on 3 May', from: '2021-05-03' }] },
      b: { text: 'The rebels attacked the Kessa garrison in May.', predicate: 'occurrence', event: { ...garrison, timeFrom: '2021-05', timeTo: '2021-05' }, times: [{ text: 'in May', from: '2021-05' }] }
    },
    {
      name: 'different targets on different days are different attacks',
      a: { text: 'The rebels attacked the Kessa garrison on 3 May.', predicate: 'occurrence', event: { ...garrison, timeFrom: '2021-05-03' }, times: [{ text: 'on 3 May', from: '2021-05-03' }] },
      b: { text: 'The rebels attacked the Lomo airfield on 9 June.', predicate: 'occurrence', event: { actor: 'rebels', target: 'lomo airfield', timeFrom: '2021-06-09' }, times: [{ text: 'on 9 June', from: '2021-06-09' }] }
    },
    {
      name: 'a relative date in copies published the same day',
      a: { articleId: 'p', text: 'Last week the minister resigned over the raid.', times: [{ text: 'Last week', from: '2022-03-07', to: '2022-03-13', relative: true }] },
      b: { articleId: 'q', text: 'Last week the minister resigned over the raid.', times: [{ text: 'Last week', from: '2022-03-07', to: '2022-03-13', relative: true }] },
      context: { articles: [{ id: 'p', outlet: 'A', published: '2022-03-15' }, { id: 'q', outlet: 'B', published: '2022-03-15' }] }
    }
  ],
  invalid: [
    {
      name: 'May vs June for the same attack',
      a: { text: 'The rebels attacked the Kessa garrison on 3 May.', predicate: 'occurrence', event: { ...garrison, timeFrom: '2021-05-03' }, times: [{ text: 'on 3 May', from: '2021-05-03' }] },
      b: { text: 'The rebels attacked the Kessa garrison on 9 June.', predicate: 'occurrence', event: { ...garrison, timeFrom: '2021-06-09' }, times: [{ text: 'on 9 June', from: '2021-06-09' }] },
      errors: [{ messageId: 'differentDates', kind: 'temporal' }]
    },
    {
      name: 'stale "last month" in copied text',
      a: { articleId: 'wire', text: 'Last month, officials said the army was weighing strikes on the port.', times: [{ text: 'Last month', from: '2019-09', to: '2019-09', relative: true }] },
      b: { articleId: 'reprint', text: 'Last month, officials said the army was weighing strikes on the port.', times: [{ text: 'Last month', from: '2019-11', to: '2019-11', relative: true }] },
      context: {
        articles: [
          { id: 'wire', outlet: 'Wire Service', published: '2019-10-25' },
          { id: 'reprint', outlet: 'Reprint Daily', published: '2019-12-02' }
        ]
      },
      errors: [{ messageId: 'staleRelative', data: { expr: 'Last month', newerRange: '2019-11', olderRange: '2019-09' } }]
    }
  ]
})
