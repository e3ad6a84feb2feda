import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface JsonText {
  value: unknown;
  /** The 1-based line where the value at a JSON path starts (or the nearest parent that exists). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export type JsonResult = { ok: true; json: JsonText } | { ok: false; line: number; column: number; message: string };

const messages: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the file goes on after its value ended',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape after \\',
  InvalidCharacter: 'a control character inside a string',
};

export function lineAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Strict JSON (no comments, no trailing commas), with the line of every value. */
export function parseJsonText(text: string): JsonResult {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || !tree) {
    const offset = first?.offset ?? 0;
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    // A comma before a closing } or ] is reported at what follows it; the mistake is the comma.
    const before = /,\s*$/.exec(text.slice(0, offset));
    if (before && /^[}\]]/.test(text.slice(offset).trimStart())) {
      return { ok: false, ...lineAt(text, before.index), message: 'a trailing comma after the last item' };
    }
    return { ok: false, ...lineAt(text, offset), message: messages[code] ?? code };
  }
  return {
    ok: true,
    json: {
      value: JSON.parse(text) as unknown,
      lineOf(path) {
        for (let length = path.length; length >= 0; length -= 1) {
          const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, length) as (string | number)[]);
          if (node) return lineAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset).line;
        }
        return undefined;
      },
    },
  };
}

export const jsonPointer = (path: readonly PropertyKey[]) =>
  path.length === 0 ? '/' : path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
