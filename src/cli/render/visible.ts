/**
 * Text from a workbook or a file name, made safe to print on a terminal: every control
 * character becomes a visible stand-in, so that a unit name holding ESC [2J cannot clear the
 * reviewer's screen, an OSC 8 sequence cannot plant a link, and a tab or newline inside a
 * name cannot fake a line of the report. C0 (U+0000–U+001F, tab and newline included) becomes
 * its Control Picture (U+2400 + code: ESC → ␛, tab → ␉, newline → ␊); DEL and C1
 * (U+007F–U+009F, CSI U+009B among them) become U+FFFD.
 * Only for text meant for a person: the --json report keeps every character (JSON escapes them).
 * @example visible('培训\x1b[31m中心') // '培训␛[31m中心'
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\ufffd';
  });
}
