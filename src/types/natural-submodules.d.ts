// Declarations for the few `natural` submodules gainsay imports directly. Importing the
// package root loads database clients and prints dotenv banners, so src/text/natural.ts
// imports only these files.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string }
  export default PorterStemmer
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const JaroWinklerDistance: (s1: string, s2: string, options?: { ignoreCase?: boolean }) => number
  export default JaroWinklerDistance
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export const LevenshteinDistance: (s1: string, s2: string) => number
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: ReadonlyArray<string>
}
