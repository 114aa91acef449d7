import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { htmlToRawArticle, ingestText } from '../../src'

const para = (s: string) => `<p>${s} ${'The committee heard testimony from engineers and residents over two long days. '.repeat(2)}</p>`

const page = `<!doctype html><html lang="en"><head>
<title>Dam inspection ordered | The Valley Herald</title>
<meta property="og:site_name" content="The Valley Herald">
<meta property="article:published_time" content="2023-11-14T16:45:00+01:00">
<meta name="author" content="Priya Natarajan">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>Dam inspection ordered after cracks found</h1>
${para('Inspectors found cracks in the spillway on Monday, the regional water authority said.')}
${para('“We are taking no chances,” the authority’s director told Reuters.')}
<blockquote>${'Residents downstream were told to stay alert. '.repeat(3)}</blockquote>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Other story</a></li></ul></aside>
<footer>© 2023 The Valley Herald</footer>
</body></html>`

describe('htmlToRawArticle', () => {
  it('extracts title, byline, date and outlet from meta tags, and paragraphs separated by blank lines', () => {
    const r = htmlToRawArticle('pages/dam.html', page)
    if (E.isLeft(r)) throw new Error(r.left.message)
    const raw = r.right
    expect(raw.id).toBe('dam')
    expect(raw.title).toBe('Dam inspection ordered after cracks found')
    expect(raw.published).toBe('2023-11-14T16:45:00+01:00')
    expect(raw.outlet).toBe('The Valley Herald')
    const blocks = raw.text.split('\n\n')
    expect(blocks[0]).toBe('Dam inspection ordered after cracks found')
    expect(blocks[1]).toBe('By Priya Natarajan')
    expect(blocks[2]).toMatch(/^Inspectors found cracks/)
    expect(raw.text).not.toMatch(/Most read|Home World/)
  })

  it('feeds ingestText: title, author, date with precision, cited source', () => {
    const r = htmlToRawArticle('dam.html', page)
    const a = E.isRight(r) ? ingestText(r.right) : null
    if (a === null || E.isLeft(a)) throw new Error('ingest failed')
    expect(a.right.title?.text).toBe('Dam inspection ordered after cracks found')
    expect(a.right.byline?.text).toBe('Priya Natarajan')
    expect(a.right.published).toMatchObject({ iso: '2023-11-14T16:45:00', precision: 'second', source: 'metadata' })
    expect(a.right.outlet).toMatchObject({ name: 'The Valley Herald', evidence: 'metadata' })
    expect(a.right.citedSources.map((c) => c.name)).toEqual(['Reuters'])
  })

  it('reads JSON-LD when there are no meta tags', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge closes","datePublished":"2022-02-01","publisher":{"name":"Anadolu Agency"},"author":[{"name":"Ali Demir"}]}</script></head>
<body><div>${para('The bridge closed for repairs on Tuesday.')}</div></body></html>`
    const r = htmlToRawArticle('b.html', html, { id: 'bridge' })
    expect(E.isRight(r) && r.right).toMatchObject({ id: 'bridge', published: '2022-02-01', outlet: 'Anadolu Agency' })
  })

  it('empty or text-free pages are EmptyInput; malformed HTML never throws', () => {
    expect(E.isLeft(htmlToRawArticle('e.html', '   ')) ).toBe(true)
    const none = htmlToRawArticle('n.html', '<html><body><img src="x.png"></body></html>')
    expect(E.isLeft(none) && none.left._tag).toBe('EmptyInput')
    const broken = htmlToRawArticle('m.html', '<p>Unclosed <b>bold <i>and</p> tags</div> everywhere.')
    expect(E.isRight(broken) && broken.right.text).toBe('Unclosed bold and tags everywhere.')
  })
})
