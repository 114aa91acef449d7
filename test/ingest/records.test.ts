import { describe, expect, it } from 'vitest'
import { decodeRecords, ingestAll } from '../../src'

describe('decodeRecords', () => {
  it('NDJSON: a bad record is named by line and field path; the others are decoded', () => {
    const feed = [
      '{"id":"a1","body":"Markets rose on Monday.","source":"Reuters","publishedAt":"2024-05-06"}',
      '{"id":"a2","body":42}',
      '',
      '{"id":"a3","content":"Rain fell.","meta":{"published":true}}',
      '{not json',
      '{"headline":"Storm","text":"Wind reached 120 km/h.","date":"2024-05-07T08:00"}'
    ].join('\n')
    const { inputs, errors } = decodeRecords(feed, { source: 'feeds/feed.ndjson', format: 'ndjson' })
    expect(inputs).toEqual([
      { id: 'a1', text: 'Markets rose on Monday.', outlet: 'Reuters', published: '2024-05-06' },
      { id: 'feed-6', text: 'Wind reached 120 km/h.', title: 'Storm', published: '2024-05-07T08:00' }
    ])
    expect(errors.map((e) => [e._tag, e.record, e.field])).toEqual([
      ['DecodeError', 'feeds/feed.ndjson#2 (id a2)', 'body'],
      ['DecodeError', 'feeds/feed.ndjson#4 (id a3)', 'meta.published'],
      ['SyntaxError', 'feeds/feed.ndjson#5', null]
    ])
    expect(errors[0]!.message).toBe('feeds/feed.ndjson#2 (id a2): body: expected a string, got number 42')
  })

  it('JSON: an array, a single object, or a wrapper object', () => {
    const arr = decodeRecords('[{"id":1,"text":"One."},{"id":"x","text":"Two.","title":["not","a","string"]}]', { source: 'a.json', format: 'json' })
    expect(arr.inputs).toEqual([{ id: '1', text: 'One.' }])
    expect(arr.errors.map((e) => [e.record, e.field])).toEqual([['a.json#2 (id x)', 'title']])
    const one = decodeRecords('{"text":"Alone.","outlet":{"name":"BBC"}}', { source: 'one.json', format: 'json' })
    expect(one.inputs).toEqual([{ id: 'one-1', text: 'Alone.', outlet: 'BBC' }])
    const wrapped = decodeRecords('{"articles":[{"id":"w","body":"Wrapped."}]}', { source: 'w.json', format: 'json' })
    expect(wrapped.inputs.map((r) => r.id)).toEqual(['w'])
  })

  it('wrong types everywhere: each field gets its own message', () => {
    const cases: ReadonlyArray<[string, string]> = [
      ['{"id":{"a":1},"text":"x"}', 'id'],
      ['{"id":"k","text":null}', 'text'],
      ['{"id":"k"}', 'text'],
      ['{"id":"k","text":"x","source":7}', 'source'],
      ['{"id":"k","text":"x","url":false}', 'url'],
      ['"just a string"', '']
    ]
    for (const [line, field] of cases) {
      const { inputs, errors } = decodeRecords(line, { source: 'f.ndjson', format: 'ndjson' })
      expect(inputs).toEqual([])
      expect(errors).toHaveLength(1)
      expect(errors[0]!._tag).toBe('DecodeError')
      expect(errors[0]!.field ?? '').toBe(field)
    }
  })

  it('unparseable JSON and empty input are errors, not exceptions', () => {
    expect(decodeRecords('[{"id":', { source: 'b.json', format: 'json' }).errors[0]!._tag).toBe('SyntaxError')
    expect(decodeRecords('  ', { source: 'c.json', format: 'json' }).errors[0]!._tag).toBe('EmptyInput')
    expect(decodeRecords('', { source: 'd.ndjson', format: 'ndjson' })).toEqual({ inputs: [], errors: [] })
  })

  it('CRLF line ends and a BOM in an NDJSON file; records keep their own CRLF text', () => {
    const feed = '\ufeff{"id":"a","text":"Line one.\\r\\n\\r\\nLine two."}\r\n{"id":"b","text":"Other."}\r\n'
    const { inputs, errors } = decodeRecords(feed, { source: 'win.ndjson', format: 'ndjson' })
    expect(errors).toEqual([])
    expect(inputs.map((r) => r.id)).toEqual(['a', 'b'])
    expect(inputs[0]!.text).toBe('Line one.\r\n\r\nLine two.')
  })

  it('null and non-object array elements are errors naming their position', () => {
    const { inputs, errors } = decodeRecords('[null, 3, {"id":"ok","text":"Fine."}]', { source: 'm.json', format: 'json' })
    expect(inputs.map((r) => r.id)).toEqual(['ok'])
    expect(errors.map((e) => [e.record, e.message])).toEqual([
      ['m.json#1', 'm.json#1: expected an object, got null'],
      ['m.json#2', 'm.json#2: expected an object, got number 3']
    ])
  })

  it('epoch milliseconds become an ISO date', () => {
    const { inputs } = decodeRecords('{"id":"t","text":"x","published":1717400000000}', { source: 'e.ndjson', format: 'ndjson' })
    expect(inputs[0]!.published).toBe('2024-06-03T07:33:20')
  })
})

describe('ingestAll', () => {
  it('a duplicate id is an error; the first is kept and the other inputs are unaffected', () => {
    const { articles, errors } = ingestAll([
      { id: 'a', text: 'First story about the harbour.' },
      { id: 'b', text: '' },
      { id: 'a', text: 'A different story with the same id.' },
      { id: 'c', text: 'Third story.' }
    ])
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ['a', 'First story about the harbour.'],
      ['c', 'Third story.']
    ])
    expect(errors.map((e) => [e._tag, e.record])).toEqual([
      ['EmptyInput', 'b'],
      ['DuplicateId', 'a']
    ])
  })

  it('decoded records flow straight into ingestAll', () => {
    const { inputs } = decodeRecords('{"id":"x","body":"LAGOS (AP) — Fuel prices rose again on Monday.","source":"CNN"}', { source: 'f.ndjson', format: 'ndjson' })
    const { articles } = ingestAll(inputs)
    expect(articles[0]!.outlet?.id).toBe('ap')
    expect(articles[0]!.warnings.join()).toMatch(/CNN/)
  })
})
