/**
 * The default outlet registry, as data.
 *
 * Origin: compiled by hand from the outlets' own sites (their names, the agency codes they put
 * in datelines such as "(AP)", "(MNA)", "RNA -", and the sign-off / licence lines they print).
 * Only public, widely documented facts; nothing here is taken from any article's content.
 * Users add or override entries with `extendRegistry`.
 *
 * @since 0.1.0
 */
import type { OutletEntry } from './outlets'

type Kind = OutletEntry['kind']

const entry = (
  id: string,
  name: string,
  kind: Kind,
  aliases: ReadonlyArray<string> = [],
  codes: ReadonlyArray<string> = [],
  extra: Partial<Pick<OutletEntry, 'signatures' | 'mentionPatterns'>> = {}
): OutletEntry => ({
  id,
  name,
  kind,
  aliases,
  codes,
  signatures: extra.signatures ?? [],
  mentionPatterns: extra.mentionPatterns ?? []
})

/**
 * Wire agencies, newspapers, broadcasters and online outlets, plus social networks as
 * channels. Aliases are matched case-sensitively (a leading "The " also matches "the ");
 * codes are the short forms used in datelines.
 *
 * @example
 * import { DEFAULT_OUTLETS } from 'gainsay'
 * DEFAULT_OUTLETS.find((e) => e.id === 'ap')?.codes // ['AP']
 *
 * @since 0.1.0
 */
export const DEFAULT_OUTLETS: ReadonlyArray<OutletEntry> = [
  // --- international wire agencies ---
  entry('ap', 'The Associated Press', 'agency', ['Associated Press', 'AP'], ['AP'], {
    signatures: [
      { evidence: 'signoff', pattern: 'Associated Press (?:writers?|reporters?|correspondents?) [^\\n]{1,200}? contributed(?: to this report)?' },
      { evidence: 'licence', pattern: 'This material may not be published, broadcast, rewritten,? or redistributed' }
    ]
  }),
  entry('reuters', 'Reuters', 'agency', ['Thomson Reuters'], ['Reuters'], {
    signatures: [
      { evidence: 'signoff', pattern: '\\((?:Reporting|Additional reporting) by [^)\\n]{1,300}\\)' }
    ]
  }),
  entry('afp', 'Agence France-Presse', 'agency', ['Agence France Presse', 'AFP'], ['AFP']),
  entry('upi', 'United Press International', 'agency', ['UPI'], ['UPI']),
  entry('dpa', 'Deutsche Presse-Agentur', 'agency', ['dpa'], ['dpa', 'DPA']),
  entry('efe', 'EFE', 'agency', ['Agencia EFE'], ['EFE']),
  entry('ansa', 'ANSA', 'agency', [], ['ANSA']),
  entry('kyodo', 'Kyodo News', 'agency', ['Kyodo'], ['Kyodo']),
  entry('yonhap', 'Yonhap News Agency', 'agency', ['Yonhap'], ['Yonhap']),
  entry('xinhua', 'Xinhua News Agency', 'agency', ['Xinhua'], ['Xinhua']),
  entry('tass', 'TASS', 'agency', ['ITAR-TASS'], ['TASS']),
  entry('ria-novosti', 'RIA Novosti', 'agency', [], ['RIA Novosti']),
  entry('interfax', 'Interfax', 'agency', [], ['Interfax']),
  entry('anadolu', 'Anadolu Agency', 'agency', ['Anadolu'], ['AA']),
  entry('pti', 'Press Trust of India', 'agency', ['PTI'], ['PTI']),
  entry('ani', 'Asian News International', 'agency', [], ['ANI']),
  entry('wam', 'Emirates News Agency', 'agency', ['WAM'], ['WAM']),
  entry('spa', 'Saudi Press Agency', 'agency', [], ['SPA']),
  entry('kuna', 'Kuwait News Agency', 'agency', ['KUNA'], ['KUNA']),
  entry('sana', 'Syrian Arab News Agency', 'agency', ['SANA'], ['SANA']),
  entry('wafa', 'WAFA', 'agency', ['WAFA News Agency'], ['WAFA']),
  entry('apa', 'Austria Presse Agentur', 'agency', [], ['APA']),
  entry('cp', 'The Canadian Press', 'agency', ['Canadian Press'], ['CP']),
  entry('aap', 'Australian Associated Press', 'agency', ['AAP'], ['AAP']),
  entry('bernama', 'Bernama', 'agency', [], ['Bernama']),
  entry('antara', 'Antara', 'agency', ['Antara News'], ['Antara']),
  // --- Iranian outlets ---
  entry('press-tv', 'Press TV', 'broadcaster', ['PressTV'], []),
  entry('tasnim', 'Tasnim News Agency', 'agency', ['Tasnim'], ['Tasnim']),
  entry('fars', 'Fars News Agency', 'agency', ['Fars News', 'FNA'], ['FNA']),
  entry('mehr', 'Mehr News Agency', 'agency', ['Mehr News', 'Mehr'], ['MNA']),
  entry('irna', 'Islamic Republic News Agency', 'agency', ['IRNA'], ['IRNA']),
  entry('isna', "Iranian Students' News Agency", 'agency', ['Iranian Students News Agency', 'ISNA'], ['ISNA']),
  entry('ilna', 'Iranian Labour News Agency', 'agency', ['ILNA'], ['ILNA']),
  entry('rasa', 'Rasa News Agency', 'agency', ['Rasa News'], ['RNA']),
  entry('abna', 'AhlulBayt News Agency', 'agency', ['ABNA'], ['ABNA']),
  entry('tehran-times', 'Tehran Times', 'newspaper', [], []),
  entry('irib', 'IRIB News', 'broadcaster', ['Islamic Republic of Iran Broadcasting', 'IRIB'], ['IRIB']),
  entry('kayhan', 'Kayhan', 'newspaper', ['Kayhan International'], []),
  entry('iran-daily', 'Iran Daily', 'newspaper', [], []),
  entry('al-alam', 'Al-Alam', 'broadcaster', ['Al Alam'], []),
  entry('iran-international', 'Iran International', 'broadcaster', [], []),
  entry('radio-farda', 'Radio Farda', 'broadcaster', [], []),
  // --- Israeli outlets ---
  entry('world-israel-news', 'World Israel News', 'online', [], []),
  entry('times-of-israel', 'The Times of Israel', 'online', ['Times of Israel', 'TOI', 'ToI'], []),
  entry('jerusalem-post', 'The Jerusalem Post', 'newspaper', ['Jerusalem Post', 'JPost'], []),
  entry('haaretz', 'Haaretz', 'newspaper', [], []),
  entry('ynet', 'Ynet News', 'online', ['Ynetnews', 'Yedioth Ahronoth', 'Ynet'], []),
  entry('i24', 'i24NEWS', 'broadcaster', ['i24 News'], []),
  entry('arutz-sheva', 'Arutz Sheva', 'online', ['Israel National News'], []),
  entry('israel-hayom', 'Israel Hayom', 'newspaper', [], []),
  entry('channel-12', 'Channel 12', 'broadcaster', ['N12', 'Channel 12 News'], []),
  entry('channel-13', 'Channel 13', 'broadcaster', ['Channel 13 News'], []),
  entry('kan', 'Kan', 'broadcaster', ['Kan News', 'Kan public broadcaster'], []),
  // --- United States ---
  entry('nyt', 'The New York Times', 'newspaper', ['New York Times', 'NY Times', 'NYT'], []),
  entry('new-york-post', 'New York Post', 'newspaper', ['NY Post'], []),
  entry('daily-news', 'New York Daily News', 'newspaper', ['NY Daily News'], []),
  entry('boston-globe', 'The Boston Globe', 'newspaper', ['Boston Globe'], []),
  entry('chicago-tribune', 'Chicago Tribune', 'newspaper', [], []),
  entry('business-insider', 'Business Insider', 'online', [], []),
  entry('ibtimes', 'International Business Times', 'online', ['IBTimes'], []),
  entry('buzzfeed', 'BuzzFeed News', 'online', ['BuzzFeed'], []),
  entry('vice', 'Vice News', 'online', ['VICE News'], []),
  entry('mashable', 'Mashable', 'online', [], []),
  entry('techcrunch', 'TechCrunch', 'online', [], []),
  entry('the-verge', 'The Verge', 'online', [], []),
  entry('tmz', 'TMZ', 'online', [], []),
  entry('time', 'TIME', 'magazine', ['TIME magazine', 'Time magazine'], []),
  entry('national-post', 'National Post', 'newspaper', [], []),
  entry('cbc', 'CBC News', 'broadcaster', ['CBC', 'Canadian Broadcasting Corporation'], ['CBC']),
  entry('globe-and-mail', 'The Globe and Mail', 'newspaper', ['Globe and Mail'], []),
  entry('washington-post', 'The Washington Post', 'newspaper', ['Washington Post'], []),
  entry('wsj', 'The Wall Street Journal', 'newspaper', ['Wall Street Journal', 'WSJ'], []),
  entry('usa-today', 'USA Today', 'newspaper', ['USA TODAY'], []),
  entry('la-times', 'Los Angeles Times', 'newspaper', ['LA Times', 'L.A. Times'], []),
  entry('nbc', 'NBC News', 'broadcaster', ['NBC'], ['NBC']),
  entry('msnbc', 'MSNBC', 'broadcaster', [], []),
  entry('cnn', 'CNN', 'broadcaster', ['Cable News Network'], ['CNN']),
  entry('abc', 'ABC News', 'broadcaster', ['ABC'], ['ABC']),
  entry('cbs', 'CBS News', 'broadcaster', ['CBS'], ['CBS']),
  entry('fox-news', 'Fox News', 'broadcaster', ['Fox News Channel'], []),
  entry('npr', 'NPR', 'broadcaster', ['National Public Radio'], ['NPR']),
  entry('pbs', 'PBS', 'broadcaster', ['PBS NewsHour'], []),
  entry('cnbc', 'CNBC', 'broadcaster', [], ['CNBC']),
  entry('bloomberg', 'Bloomberg', 'agency', ['Bloomberg News'], ['Bloomberg']),
  entry('politico', 'Politico', 'online', ['POLITICO'], []),
  entry('axios', 'Axios', 'online', [], []),
  entry('the-hill', 'The Hill', 'newspaper', [], []),
  entry('newsweek', 'Newsweek', 'magazine', [], []),
  entry('the-atlantic', 'The Atlantic', 'magazine', [], []),
  entry('voa', 'Voice of America', 'broadcaster', ['VOA'], ['VOA']),
  entry('rfe-rl', 'Radio Free Europe/Radio Liberty', 'broadcaster', ['RFE/RL'], ['RFE/RL']),
  entry('free-beacon', 'Washington Free Beacon', 'online', ['Free Beacon'], []),
  entry('daily-beast', 'The Daily Beast', 'online', ['Daily Beast'], []),
  entry('huffpost', 'HuffPost', 'online', ['Huffington Post'], []),
  entry('breitbart', 'Breitbart News', 'online', ['Breitbart'], []),
  // --- United Kingdom and Europe ---
  entry('bbc', 'BBC', 'broadcaster', ['BBC News', 'British Broadcasting Corporation'], ['BBC']),
  entry('guardian', 'The Guardian', 'newspaper', [], []),
  entry('telegraph', 'The Telegraph', 'newspaper', ['Daily Telegraph'], []),
  entry('independent', 'The Independent', 'newspaper', [], []),
  entry('financial-times', 'Financial Times', 'newspaper', ['FT'], []),
  entry('the-times', 'The Times', 'newspaper', ['The Sunday Times'], []),
  entry('economist', 'The Economist', 'magazine', [], []),
  entry('sky-news', 'Sky News', 'broadcaster', [], []),
  entry('daily-mail', 'Daily Mail', 'newspaper', ['Mail Online', 'MailOnline'], []),
  entry('the-sun', 'The Sun', 'newspaper', [], []),
  entry('daily-mirror', 'Daily Mirror', 'newspaper', ['The Mirror'], []),
  entry('daily-express', 'Daily Express', 'newspaper', ['The Express'], []),
  entry('daily-star', 'Daily Star', 'newspaper', [], []),
  entry('metro-uk', 'Metro UK', 'newspaper', ['Metro.co.uk'], []),
  entry('evening-standard', 'Evening Standard', 'newspaper', ['London Evening Standard'], []),
  entry('irish-times', 'The Irish Times', 'newspaper', ['Irish Times'], []),
  entry('pa-media', 'Press Association', 'agency', ['PA Media'], ['PA']),
  entry('dw', 'Deutsche Welle', 'broadcaster', ['DW'], ['DW']),
  entry('france24', 'France 24', 'broadcaster', ['France24'], []),
  entry('euronews', 'Euronews', 'broadcaster', [], []),
  entry('der-spiegel', 'Der Spiegel', 'magazine', ['Spiegel'], []),
  entry('le-monde', 'Le Monde', 'newspaper', [], []),
  // --- Middle East and Asia ---
  entry('al-jazeera', 'Al Jazeera', 'broadcaster', ['Al-Jazeera', 'Aljazeera'], []),
  entry('al-arabiya', 'Al Arabiya', 'broadcaster', ['Al-Arabiya'], []),
  entry('al-monitor', 'Al-Monitor', 'online', ['Al Monitor'], []),
  entry('al-mayadeen', 'Al Mayadeen', 'broadcaster', ['Al-Mayadeen'], []),
  entry('middle-east-eye', 'Middle East Eye', 'online', [], []),
  entry('the-national', 'The National', 'newspaper', [], []),
  entry('arab-news', 'Arab News', 'newspaper', [], []),
  entry('asharq-al-awsat', 'Asharq Al-Awsat', 'newspaper', ['Asharq al-Awsat'], []),
  entry('daily-sabah', 'Daily Sabah', 'newspaper', [], []),
  entry('hurriyet', 'Hurriyet Daily News', 'newspaper', ['Hürriyet'], []),
  entry('global-times', 'Global Times', 'newspaper', [], []),
  entry('china-daily', 'China Daily', 'newspaper', [], []),
  entry('cgtn', 'CGTN', 'broadcaster', ['China Global Television Network'], []),
  entry('scmp', 'South China Morning Post', 'newspaper', ['SCMP'], []),
  entry('times-of-india', 'The Times of India', 'newspaper', ['Times of India'], []),
  entry('hindustan-times', 'Hindustan Times', 'newspaper', [], []),
  entry('ndtv', 'NDTV', 'broadcaster', [], []),
  entry('dawn', 'Dawn', 'newspaper', [], []),
  entry('nhk', 'NHK', 'broadcaster', ['NHK World'], []),
  entry('abc-australia', 'Australian Broadcasting Corporation', 'broadcaster', [], []),
  // --- Russia ---
  entry('rt', 'RT', 'broadcaster', ['Russia Today'], ['RT']),
  entry('sputnik', 'Sputnik', 'agency', ['Sputnik News'], ['Sputnik']),
  // --- social networks, as channels ---
  entry('twitter', 'Twitter', 'social', ['X (formerly Twitter)', 'Twitter'], [], {
    mentionPatterns: ['\\btweet(?:ed|s|ing)?\\b']
  }),
  entry('facebook', 'Facebook', 'social', [], []),
  entry('telegram', 'Telegram', 'social', [], [], { mentionPatterns: ['\\bTelegram channel\\b'] }),
  entry('instagram', 'Instagram', 'social', [], []),
  entry('youtube', 'YouTube', 'social', [], [])
]
