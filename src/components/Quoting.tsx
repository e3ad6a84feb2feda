import { sentenceParts, type DataQuote } from '../lib/dataText';

/** A sentence of the page's words that quotes the data's text, each untranslated quote marked with its language. */
export function Quoting({ text, quotes }: { text: string; quotes: readonly DataQuote[] }) {
  return sentenceParts(text, quotes).map((part, index) => (
    <Quote key={index} quote={{ text: part.text, lang: part.lang }} />
  ));
}

/** The data's text on its own (a table's header cell), marked with its language where it shows untranslated. */
export function Quote({ quote }: { quote: DataQuote }) {
  return quote.lang ? <span lang={quote.lang}>{quote.text}</span> : quote.text;
}
