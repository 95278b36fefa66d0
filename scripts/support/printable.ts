// Text from files (names, manifest values, error messages that quote them) printed to a terminal: control characters
// are written as escapes, so a file name cannot erase a line (ESC [2K), write to the clipboard (OSC 52) or forge an
// "error:" line with a newline. Tab stays; everything else below U+0020, DEL and the C1 range become \xNN or \uNNNN.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
