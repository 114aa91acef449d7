import { describe, it } from 'vitest'
import { RuleTester } from '../../../src/testing'
import { locationRule } from '../../../src/contradict'

new RuleTester({ describe, it }).run('location-international-vs-territorial', locationRule, {
  valid: [
    {
      name: 'both international',
      a: { text: 'The tanker was seized in international waters.' },
      b: { text: 'Marines boarded the tanker on the high seas.' }
    },
    {
      name: 'a named strait holds both kinds of water',
      a: { text: 'The drone was shot down over the strait.' },
      b: { text: 'The drone was in international airspace when it was shot down.' }
    },
    {
      name: 'a ship seizure and a drone shootdown are different events',
      a: { text: 'The tanker was seized inside Omani territorial waters.' },
      b: { text: 'The drone was in international airspace when it was shot down.' }
    },
    {
      name: 'a plan to patrol',
      a: { text: 'The navy plans to escort tankers through international waters.' },
      b: { text: 'Tankers were seized in Iranian territorial waters.' }
    },
    {
      name: 'same owner',
      a: { text: 'The fishing boat was seized in Greek waters.' },
      b: { text: 'The boat was seized inside the territorial waters of Greece.' }
    }
  ],
  invalid: [
    {
      name: 'ship seized in international vs territorial waters',
      a: { text: 'The navy seized the cargo ship in international waters, the shipping company said.', outlet: 'Harbour Times' },
      b: { text: 'The cargo ship was seized inside Omani territorial waters, the coast guard said.', outlet: 'Gulf Daily' },
      errors: [{ messageId: 'internationalVsTerritorial', kind: 'location', data: { intl: 'Harbour Times', terr: 'Gulf Daily' } }]
    },
    {
      name: 'jet in international airspace vs violated airspace',
      a: { text: 'The fighter jet was flying in international airspace when it was intercepted.' },
      b: { text: 'The fighter jet violated Russian airspace before it was intercepted.' },
      errors: [{ messageId: 'internationalVsTerritorial' }]
    },
    {
      name: 'crossed the border',
      a: { text: 'The drone was in international airspace when it was downed.' },
      b: { text: 'The drone had crossed the border into Syria when it was downed.' },
      errors: [{ messageId: 'internationalVsTerritorial' }]
    },
    {
      name: 'structured places from the extractor',
      a: { text: 'The trawler was boarded far from any coast.', places: [{ text: 'far from any coast', kind: 'international' }] },
      b: { text: 'The trawler was boarded near Sakhalin.', places: [{ text: 'near Sakhalin', kind: 'territorial', owner: 'Russia' }] },
      errors: [{ messageId: 'internationalVsTerritorial' }]
    },
    {
      name: 'different countries waters',
      a: { text: 'The tanker was seized in Omani waters.' },
      b: { text: 'The tanker was seized in Iranian territorial waters.' },
      errors: [{ messageId: 'differentOwners' }]
    }
  ]
})
