import { describe, it } from 'vitest'
import { RuleTester } from '../../../src/testing'
import { numericRule } from '../../../src/contradict'

const people = (value: number, text: string, extra: object = {}) => ({ value, text, measure: 'people', ...extra })

new RuleTester({ describe, it }).run('numeric-quantity-mismatch', numericRule, {
  valid: [
    {
      name: '"about 40" agrees with 42',
      a: { text: 'About 40 people were killed in the market blast.', quantities: [people(40, 'About 40', { approximate: true })] },
      b: { text: 'The market blast killed 42 people.', quantities: [people(42, '42')] }
    },
    {
      name: 'the same figure across outlets agrees',
      a: { text: 'The firewall helped foil 33 million cyberattacks in the past year.', quantities: [{ value: 33e6, text: '33 million', measure: 'cyberattacks' }] },
      b: { text: 'The firewall helped thwart about 33 million cyber-attacks last year.', quantities: [{ value: 33e6, text: 'about 33 million', measure: 'cyber-attacks', approximate: true }] }
    },
    {
      name: 'a round figure covers what rounds to it',
      a: { text: 'Floods displaced 33 million people this year.', quantities: [people(33e6, '33 million')] },
      b: { text: 'The floods displaced 33.2 million people this year.', quantities: [people(33.2e6, '33.2 million')] }
    },
    {
      name: '"at least 30" agrees with 45',
      a: { text: 'At least 30 people died in the ferry sinking.', quantities: [people(30, 'At least 30', { bound: 'min' })] },
      b: { text: 'The ferry sinking killed 45 people.', quantities: [people(45, '45')] }
    },
    {
      name: 'dead and injured are different measures',
      a: { text: 'The bus bombing left 12 dead.', quantities: [{ value: 12, text: '12', measure: 'dead' }] },
      b: { text: 'The bus bombing left 40 injured.', quantities: [{ value: 40, text: '40', measure: 'injured' }] }
    },
    {
      name: 'different targets',
      a: { text: 'The strike on the market killed 12 civilians.', event: { target: 'market' }, quantities: [{ value: 12, text: '12', measure: 'civilians' }] },
      b: { text: 'The strike on the hospital killed 40 civilians.', event: { target: 'hospital' }, quantities: [{ value: 40, text: '40', measure: 'civilians' }] }
    },
    {
      name: 'one of several figures fits',
      a: { text: 'The quake killed 5 people and injured 30 people in the town.', quantities: [people(5, '5'), people(30, '30')] },
      b: { text: 'The quake killed 5 people in the town.', quantities: [people(5, '5')] }
    }
  ],
  invalid: [
    {
      name: 'casualty counts disagree',
      a: { text: 'The strike on the market killed 12 civilians, the army said.', speaker: 'army spokesman Tomas Lind', quantities: [{ value: 12, text: '12', measure: 'civilians' }] },
      b: { text: 'The strike on the market killed 40 civilians, medics said.', outlet: 'Relief Web News', quantities: [{ value: 40, text: '40', measure: 'civilians' }] },
      errors: [{ messageId: 'mismatch', kind: 'numeric', data: { measure: 'civilian' } }]
    },
    {
      name: '"at least 30" against 12',
      a: { text: 'At least 30 people died in the Karsa market blast.', quantities: [people(30, 'At least 30', { bound: 'min' })] },
      b: { text: 'The Karsa market blast killed 12 people.', quantities: [people(12, '12')] },
      errors: [{ messageId: 'mismatch' }]
    },
    {
      name: 'measure read from the text when the extractor gives none',
      a: { text: 'Police detained 200 protesters after the rally in Dunmore Square.', quantities: [{ value: 200, text: '200' }] },
      b: { text: 'Police detained 35 protesters after the rally in Dunmore Square.', quantities: [{ value: 35, text: '35' }] },
      errors: [{ messageId: 'mismatch' }]
    }
  ]
})
