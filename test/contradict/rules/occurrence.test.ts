import { describe, it } from 'vitest'
import { RuleTester } from '../../../src/testing'
import { occurrenceRule } from '../../../src/contradict'

new RuleTester({ describe, it }).run('occurrence-happened-vs-denied', occurrenceRule, {
  valid: [
    {
      name: 'a success story about something else is no affirmation of the denied event',
      a: { text: 'Why Norland Was Able to Beat the Epidemic', event: { actor: 'Norland' } },
      b: { text: 'The rebel leader has denied agreeing to any cease-fire with the government of Norland.', event: { actor: 'Norland' } }
    },
    {
      name: 'one voice of one article saying both is narrative, not a self-contradiction',
      a: { text: 'Gunmen attacked the convoy near the border on Monday.', articleId: 'wire-9' },
      b: { text: 'There was no attack on the convoy at the checkpoint.', articleId: 'wire-9' }
    },
    {
      name: 'bare absence that names no event denies nothing',
      a: { text: 'The army had secured a ceasefire with the rebels.', speaker: 'Amal Haddad' },
      b: { text: "There was no indication of when or where the rebels' latest video was shot." }
    },
    {
      name: 'a failed attempt against a denial is the attempt rule',
      a: { text: 'The militia tried to storm the bridge but the attack failed.' },
      b: { text: 'There was no attack on the bridge, the governor said.' }
    },
    {
      name: 'a denial of a 2010 attack does not touch a 2019 one',
      a: { text: 'The 2010 attack on the power grid never happened.', times: [{ text: '2010', from: '2010', to: '2010', precision: 'year' }] },
      b: { text: 'Hackers attacked the power grid in March 2019.', times: [{ text: 'March 2019', from: '2019-03', to: '2019-03', precision: 'month' }] }
    },
    {
      name: 'a plan and a denial',
      a: { text: 'The navy is considering strikes on the harbour.' },
      b: { text: 'Strikes on the harbour never happened.' }
    },
    {
      name: 'different actors',
      a: { text: 'Jets bombed the fuel depot overnight.', event: { actor: 'Israel' } },
      b: { text: 'Turkey denied bombing the fuel depot.', event: { actor: 'Turkey' } }
    },
    {
      name: 'who started a war is not whether one attack happened',
      a: { text: 'The rebels started this war by attacking our border posts.' },
      b: { text: 'There was no attack on the border posts last night.' }
    },
    {
      name: 'both deny',
      a: { text: 'Reports of shelling near the hospital are baseless.' },
      b: { text: 'There was no shelling near the hospital.' }
    },
    {
      name: 'nothing ties two bare mentions in different articles to one event',
      a: { text: 'It was a very big attack.' },
      b: { text: 'We have found no sign of an attack.' }
    },
    {
      name: 'different events (a ship seizure and an air strike)',
      a: { text: 'Commandos seized the tanker at dawn.' },
      b: { text: 'Claims of an air strike on the port are fabricated.' }
    }
  ],
  invalid: [
    {
      name: 'shelled vs baseless',
      a: { text: 'Government troops shelled the hospital in Marib on Sunday.', outlet: 'Coastal Times' },
      b: { text: 'The ministry said reports of shelling at the hospital in Marib were baseless.', outlet: 'State Wire' },
      errors: [{ messageId: 'happenedVsDenied', kind: 'occurrence' }]
    },
    {
      name: 'ceasefire violated vs no violation',
      a: { text: 'Militia fighters violated the ceasefire overnight with artillery strikes on the village.' },
      b: { text: 'There was no violation of the ceasefire, the army said.' },
      errors: [{ messageId: 'happenedVsDenied' }]
    },
    {
      name: 'wiped out vs a sheer lie',
      a: { text: 'A secret cyberattack in May wiped out the transport ministry database.', outlet: 'Tech Daily' },
      b: { text: 'Claims of a cyberattack on the transport ministry are a sheer lie.', speaker: 'Deputy Minister Hana Kova' },
      errors: [{ messageId: 'happenedVsDenied', data: { denier: 'Deputy Minister Hana Kova' } }]
    },
    {
      name: 'a denial about a country covers a target inside it',
      a: { text: 'Claims of cyberattacks on Moldova by the Kremlin are a lie.', event: { actor: 'Russia', target: 'Moldova' } },
      b: { text: 'Russian hackers struck the Moldovan election authority in March.', event: { actor: 'Russia', target: 'Moldovan election authority' } },
      errors: [{ messageId: 'happenedVsDenied' }]
    },
    {
      name: 'two voices in one article: the reporter and an official',
      a: { text: 'Gunmen attacked the convoy near the border on Monday.', articleId: 'wire-9' },
      b: { text: 'There was no attack on the convoy.', articleId: 'wire-9', speaker: 'Col. Rana Idris' },
      errors: [{ messageId: 'happenedVsDenied' }]
    },
    {
      name: 'structured polarity: a negative occurrence claim',
      a: { text: 'Soldiers raided the refugee camp on Friday.', predicate: 'occurrence' },
      b: { text: 'Soldiers did not raid the refugee camp.', predicate: 'occurrence', polarity: 'negative' },
      errors: [{ messageId: 'happenedVsDenied' }]
    }
  ]
})
