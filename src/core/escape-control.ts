// Text from outside (file names, cells) made safe to print on one line of a
// terminal or a page: control characters (C0, DEL, C1, which move the cursor,
// clear lines or start escape sequences) and the bidirectional overrides that
// reorder what is shown are written out as `\n`, `\x1b`, `\u202e`. Isomorphic.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Escape control and bidi-override characters; other text is unchanged. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
