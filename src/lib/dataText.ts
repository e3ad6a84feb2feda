import { isTranslated } from '../api/dataTranslations';

/** The language the packages' own text is written in; translations/<lang>.json give the others. */
export const DATA_LANGUAGE = 'en';

/**
 * The language to mark a field of the data with: the package's own, where it shows untranslated in
 * a page of another language, so that screen readers switch voice; otherwise nothing.
 */
export function dataLanguageOf(row: object, field: string, locale: string): string | undefined {
  return locale === DATA_LANGUAGE || isTranslated(row, field) ? undefined : DATA_LANGUAGE;
}

/** The data's own text quoted in a sentence, with the language it shows in when that is not the page's. */
export interface DataQuote {
  text: string;
  lang: string | undefined;
}

/**
 * A quote of `row[field]`, which shows as `text` (the row as translated for the page). Without a
 * row, `text` is the page's own stand-in (an id, neutral words) and is not marked.
 */
export function quoteData(text: string, row: object | undefined, field: string, locale: string): DataQuote {
  return { text, lang: row ? dataLanguageOf(row, field, locale) : undefined };
}

export interface SentencePart {
  text: string;
  lang?: string;
}

/**
 * Splits a sentence that quotes the data's text ("Chinese government : aucune communication") into parts, each
 * untranslated quote a part of its own with its language, so that it can be marked. The quote is
 * found by its text, so a sentence whose own words contain the quote's would mark those too; on a
 * page in another language than the data's, that is the same words anyway.
 */
export function sentenceParts(sentence: string, quotes: readonly DataQuote[]): SentencePart[] {
  let parts: SentencePart[] = [{ text: sentence }];
  for (const { text, lang } of quotes) {
    if (!lang || !text) continue;
    parts = parts.flatMap((part) => {
      if (part.lang) return [part];
      const pieces = part.text.split(text);
      return pieces.flatMap((piece, index) => [
        ...(index > 0 ? [{ text, lang }] : []),
        ...(piece ? [{ text: piece }] : []),
      ]);
    });
  }
  return parts;
}
