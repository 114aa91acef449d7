/**
 * Countries with their common aliases, demonyms (adjective and plural noun) and capitals.
 *
 * Origin: English short names after ISO 3166-1, demonyms after Wikipedia's "List of
 * adjectival and demonymic forms for countries and nations", capitals as of 2024, typed by
 * hand. Capitals are kept because news uses them as metonyms for governments ("Washington
 * said", "talks with Moscow"). General data: nothing here is specific to any story.
 *
 * Row format: `Name|alias;alias|adjective;adjective|plural demonym;plural|capital;capital`.
 */

/**
 * One country: canonical English name, aliases, adjectives, plural demonyms, capitals.
 *
 * @example
 * import type { CountryEntry } from 'gainsay'
 * const c: CountryEntry = { name: 'Chile', aliases: [], adjectives: ['Chilean'], demonyms: ['Chileans'], capitals: ['Santiago'] }
 *
 * @since 0.1.0
 */
export interface CountryEntry {
  readonly name: string
  readonly aliases: ReadonlyArray<string>
  readonly adjectives: ReadonlyArray<string>
  readonly demonyms: ReadonlyArray<string>
  readonly capitals: ReadonlyArray<string>
}

const ROWS = `Afghanistan||Afghan|Afghans|Kabul
Albania||Albanian|Albanians|Tirana
Algeria||Algerian|Algerians|Algiers
Andorra||Andorran|Andorrans|
Angola||Angolan|Angolans|Luanda
Argentina||Argentine;Argentinian|Argentines;Argentinians|Buenos Aires
Armenia||Armenian|Armenians|Yerevan
Australia||Australian|Australians|Canberra
Austria||Austrian|Austrians|Vienna
Azerbaijan||Azerbaijani;Azeri|Azerbaijanis;Azeris|Baku
Bahamas|The Bahamas|Bahamian|Bahamians|Nassau
Bahrain||Bahraini|Bahrainis|Manama
Bangladesh||Bangladeshi|Bangladeshis|Dhaka
Barbados||Barbadian|Barbadians|Bridgetown
Belarus||Belarusian|Belarusians|Minsk
Belgium||Belgian|Belgians|Brussels
Belize||Belizean|Belizeans|Belmopan
Benin||Beninese|Beninese|Porto-Novo
Bhutan||Bhutanese|Bhutanese|Thimphu
Bolivia||Bolivian|Bolivians|La Paz;Sucre
Bosnia and Herzegovina|Bosnia|Bosnian|Bosnians|Sarajevo
Botswana||Botswanan;Motswana|Batswana|Gaborone
Brazil||Brazilian|Brazilians|Brasilia;Brasília
Brunei||Bruneian|Bruneians|Bandar Seri Begawan
Bulgaria||Bulgarian|Bulgarians|Sofia
Burkina Faso||Burkinabe|Burkinabes|Ouagadougou
Burundi||Burundian|Burundians|Gitega
Cambodia||Cambodian|Cambodians|Phnom Penh
Cameroon||Cameroonian|Cameroonians|Yaounde;Yaoundé
Canada||Canadian|Canadians|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|Cape Verdeans|Praia
Central African Republic||Central African|Central Africans|Bangui
Chad||Chadian|Chadians|N'Djamena
Chile||Chilean|Chileans|Santiago
China|People's Republic of China;PRC|Chinese|Chinese|Beijing
Colombia||Colombian|Colombians|Bogota;Bogotá
Comoros||Comorian|Comorians|Moroni
Democratic Republic of the Congo|DRC;DR Congo;Congo-Kinshasa|Congolese|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville|Congolese|Congolese|Brazzaville
Costa Rica||Costa Rican|Costa Ricans|San Jose;San José
Croatia||Croatian|Croatians;Croats|Zagreb
Cuba||Cuban|Cubans|Havana
Cyprus||Cypriot|Cypriots|Nicosia
Czech Republic|Czechia|Czech|Czechs|Prague
Denmark||Danish|Danes|Copenhagen
Djibouti||Djiboutian|Djiboutians|
Dominican Republic||Dominican|Dominicans|Santo Domingo
Ecuador||Ecuadorian|Ecuadorians|Quito
Egypt||Egyptian|Egyptians|Cairo
El Salvador||Salvadoran|Salvadorans|San Salvador
Equatorial Guinea||Equatoguinean|Equatoguineans|Malabo
Eritrea||Eritrean|Eritreans|Asmara
Estonia||Estonian|Estonians|Tallinn
Eswatini|Swaziland|Swazi|Swazis|Mbabane
Ethiopia||Ethiopian|Ethiopians|Addis Ababa
Fiji||Fijian|Fijians|Suva
Finland||Finnish|Finns|Helsinki
France||French|French;Frenchmen|Paris
Gabon||Gabonese|Gabonese|Libreville
Gambia|The Gambia|Gambian|Gambians|Banjul
Georgia||Georgian|Georgians|Tbilisi
Germany||German|Germans|Berlin
Ghana||Ghanaian|Ghanaians|Accra
Greece||Greek|Greeks|Athens
Guatemala||Guatemalan|Guatemalans|Guatemala City
Guinea||Guinean|Guineans|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau-Guineans|Bissau
Guyana||Guyanese|Guyanese|Georgetown
Haiti||Haitian|Haitians|Port-au-Prince
Honduras||Honduran|Hondurans|Tegucigalpa
Hungary||Hungarian|Hungarians|Budapest
Iceland||Icelandic|Icelanders|Reykjavik;Reykjavík
India||Indian|Indians|New Delhi
Indonesia||Indonesian|Indonesians|Jakarta
Iran|Islamic Republic of Iran;Islamic Republic;Persia|Iranian;Persian|Iranians|Tehran
Iraq||Iraqi|Iraqis|Baghdad
Ireland|Republic of Ireland;Eire|Irish|Irish|Dublin
Israel|Israeli regime;Zionist regime|Israeli|Israelis|Jerusalem;Tel Aviv
Italy||Italian|Italians|Rome
Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian|Ivorians|Yamoussoukro;Abidjan
Jamaica||Jamaican|Jamaicans|Kingston
Japan||Japanese|Japanese|Tokyo
Jordan||Jordanian|Jordanians|Amman
Kazakhstan||Kazakh;Kazakhstani|Kazakhs;Kazakhstanis|Astana
Kenya||Kenyan|Kenyans|Nairobi
Kosovo||Kosovar|Kosovars|Pristina
Kuwait||Kuwaiti|Kuwaitis|Kuwait City
Kyrgyzstan||Kyrgyz|Kyrgyz|Bishkek
Laos||Lao;Laotian|Laotians|Vientiane
Latvia||Latvian|Latvians|Riga
Lebanon||Lebanese|Lebanese|Beirut
Lesotho||Basotho|Basotho|Maseru
Liberia||Liberian|Liberians|Monrovia
Libya||Libyan|Libyans|Tripoli
Liechtenstein||Liechtenstein|Liechtensteiners|Vaduz
Lithuania||Lithuanian|Lithuanians|Vilnius
Luxembourg||Luxembourgish|Luxembourgers|
Madagascar||Malagasy|Malagasy|Antananarivo
Malawi||Malawian|Malawians|Lilongwe
Malaysia||Malaysian|Malaysians|Kuala Lumpur
Maldives||Maldivian|Maldivians|Male;Malé
Mali||Malian|Malians|Bamako
Malta||Maltese|Maltese|Valletta
Mauritania||Mauritanian|Mauritanians|Nouakchott
Mauritius||Mauritian|Mauritians|Port Louis
Mexico||Mexican|Mexicans|Mexico City
Moldova||Moldovan|Moldovans|Chisinau;Chișinău
Monaco||Monegasque|Monegasques|
Mongolia||Mongolian|Mongolians|Ulaanbaatar
Montenegro||Montenegrin|Montenegrins|Podgorica
Morocco||Moroccan|Moroccans|Rabat
Mozambique||Mozambican|Mozambicans|Maputo
Myanmar|Burma|Myanmar;Burmese|Burmese|Naypyidaw;Yangon
Namibia||Namibian|Namibians|Windhoek
Nepal||Nepali;Nepalese|Nepalis|Kathmandu
Netherlands|The Netherlands;Holland|Dutch|Dutch|Amsterdam;The Hague
New Zealand||New Zealand|New Zealanders|Wellington
Nicaragua||Nicaraguan|Nicaraguans|Managua
Niger||Nigerien|Nigeriens|Niamey
Nigeria||Nigerian|Nigerians|Abuja
North Korea|DPRK;Democratic People's Republic of Korea|North Korean|North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian|Macedonians|Skopje
Norway||Norwegian|Norwegians|Oslo
Oman||Omani|Omanis|Muscat
Pakistan||Pakistani|Pakistanis|Islamabad
Palestine|Palestinian territories;West Bank;Gaza Strip;Gaza|Palestinian|Palestinians|Ramallah
Panama||Panamanian|Panamanians|Panama City
Papua New Guinea||Papua New Guinean|Papua New Guineans|Port Moresby
Paraguay||Paraguayan|Paraguayans|Asuncion;Asunción
Peru||Peruvian|Peruvians|Lima
Philippines|The Philippines|Filipino;Philippine|Filipinos|Manila
Poland||Polish|Poles|Warsaw
Portugal||Portuguese|Portuguese|Lisbon
Qatar||Qatari|Qataris|Doha
Romania||Romanian|Romanians|Bucharest
Russia|Russian Federation|Russian|Russians|Moscow;Kremlin
Rwanda||Rwandan|Rwandans|Kigali
Saudi Arabia|Saudi;KSA|Saudi;Saudi Arabian|Saudis|Riyadh
Senegal||Senegalese|Senegalese|Dakar
Serbia||Serbian|Serbians;Serbs|Belgrade
Sierra Leone||Sierra Leonean|Sierra Leoneans|Freetown
Singapore||Singaporean|Singaporeans|
Slovakia||Slovak|Slovaks|Bratislava
Slovenia||Slovenian;Slovene|Slovenians;Slovenes|Ljubljana
Somalia||Somali|Somalis|Mogadishu
South Africa||South African|South Africans|Pretoria;Cape Town
South Korea|Republic of Korea;ROK|South Korean|South Koreans|Seoul
South Sudan||South Sudanese|South Sudanese|Juba
Spain||Spanish|Spaniards|Madrid
Sri Lanka||Sri Lankan|Sri Lankans|Colombo
Sudan||Sudanese|Sudanese|Khartoum
Suriname||Surinamese|Surinamese|Paramaribo
Sweden||Swedish|Swedes|Stockholm
Switzerland||Swiss|Swiss|Bern
Syria||Syrian|Syrians|Damascus
Taiwan|Republic of China|Taiwanese|Taiwanese|Taipei
Tajikistan||Tajik|Tajiks|Dushanbe
Tanzania||Tanzanian|Tanzanians|Dodoma
Thailand||Thai|Thais|Bangkok
Timor-Leste|East Timor|Timorese|Timorese|Dili
Togo||Togolese|Togolese|Lome;Lomé
Trinidad and Tobago||Trinidadian|Trinidadians|Port of Spain
Tunisia||Tunisian|Tunisians|Tunis
Turkey|Turkiye;Türkiye|Turkish|Turks|Ankara
Turkmenistan||Turkmen|Turkmens|Ashgabat
Uganda||Ugandan|Ugandans|Kampala
Ukraine||Ukrainian|Ukrainians|Kyiv;Kiev
United Arab Emirates|UAE;Emirates|Emirati|Emiratis|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British|Britons;British|London;Downing Street
United States|US;U.S.;USA;U.S.A.;United States of America;America|American;US;U.S.|Americans|Washington;White House;Pentagon
Uruguay||Uruguayan|Uruguayans|Montevideo
Uzbekistan||Uzbek|Uzbeks|Tashkent
Venezuela||Venezuelan|Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Vietnamese|Hanoi
Yemen||Yemeni|Yemenis|Sanaa;Sana'a
Zambia||Zambian|Zambians|Lusaka
Zimbabwe||Zimbabwean|Zimbabweans|Harare`

const split = (s: string | undefined): ReadonlyArray<string> =>
  s === undefined || s.length === 0 ? [] : s.split(';')

/**
 * Every country in the table, in alphabetical order of the table rows.
 *
 * @example
 * import { COUNTRIES } from 'gainsay'
 * COUNTRIES.find((c) => c.name === 'Kenya')?.capitals // ['Nairobi']
 *
 * @since 0.1.0
 */
export const COUNTRIES: ReadonlyArray<CountryEntry> = ROWS.split('\n').map((row) => {
  const [name, aliases, adjectives, demonyms, capitals] = row.split('|')
  return {
    name: name ?? '',
    aliases: split(aliases),
    adjectives: split(adjectives),
    demonyms: split(demonyms),
    capitals: split(capitals)
  }
})
