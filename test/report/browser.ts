/**
 * Opens an HTML page in the system's headless Chromium through playwright-core, with every
 * request routed so that anything leaving the page is recorded and refused. Test helper.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

/** The Chromium binary to use: `$CHROMIUM_PATH`, else the Debian package's. */
export const CHROMIUM = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => p !== undefined && p !== '' && existsSync(p)
)

export const CHROMIUM_ARGS: ReadonlyArray<string> = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface PageVisit {
  readonly consoleErrors: ReadonlyArray<string>
  readonly pageErrors: ReadonlyArray<string>
  /** URLs the page tried to fetch other than data: and about: (all refused). */
  readonly requests: ReadonlyArray<string>
  /** Whatever `probe` returned, evaluated in the page after load. */
  readonly probe: unknown
}

export const visit = async (
  html: string,
  options: {
    readonly screenshot?: string
    readonly width?: number
    readonly height?: number
    readonly fullPage?: boolean
    readonly probe?: string
  } = {}
): Promise<PageVisit> => {
  if (CHROMIUM === undefined) throw new Error('no chromium binary')
  const userDataDir = mkdtempSync(join(tmpdir(), 'gainsay-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: options.width ?? 1360, height: options.height ?? 900 },
    offline: true
  })
  const consoleErrors: Array<string> = []
  const pageErrors: Array<string> = []
  const requests: Array<string> = []
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('data:') || url.startsWith('about:')) return route.continue()
      if (!requests.includes(url)) requests.push(url)
      return route.abort()
    })
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text())
    })
    page.on('pageerror', (e) => pageErrors.push(e.message))
    page.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith('data:') && !url.startsWith('about:') && !requests.includes(url)) requests.push(url)
    })
    await page.setContent(html, { waitUntil: 'load' })
    await page.waitForTimeout(150)
    const probe = options.probe === undefined ? null : await page.evaluate(options.probe)
    if (options.screenshot !== undefined) {
      await page.screenshot({ path: options.screenshot, fullPage: options.fullPage ?? true })
    }
    return { consoleErrors, pageErrors, requests, probe }
  } finally {
    await context.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}
