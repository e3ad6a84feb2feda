import { sentenceParts } from '../lib/dataText';

// Marks the code in a sentence for sentenceParts; never written into the page.
const CODE = 'code';

/**
 * A sentence of the page's words with code in it (a parameter, a file's name, a header): each piece
 * of code in <code>, which reads left to right in every language, so that a right-to-left sentence
 * does not reorder "2025-H1" or "frame-ancestors https://…".
 */
export function WithCode({ text, code }: { text: string; code: readonly string[] }) {
  return sentenceParts(
    text,
    code.map((piece) => ({ text: piece, lang: CODE })),
  ).map((part, index) => (part.lang ? <code key={index}>{part.text}</code> : part.text));
}
