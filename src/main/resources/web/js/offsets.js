// Offsets in the analysis record count Unicode code points; JavaScript strings count UTF-16
// units. A CodePointText maps between the two so an emoji or a rare CJK character before a
// quotation does not shift every highlight after it.

/** A string with code point ↔ UTF-16 offset maps. */
export class CodePointText {
  constructor(text) {
    this.text = String(text || '');
    this.units = []; // units[cp] = UTF-16 index of code point cp; units[length] = text.length
    this.points = new Int32Array(this.text.length + 1); // points[u] = code point index at unit u
    let unit = 0;
    let cp = 0;
    for (const ch of this.text) {
      this.units.push(unit);
      for (let k = 0; k < ch.length; k++) this.points[unit + k] = cp;
      unit += ch.length;
      cp++;
    }
    this.units.push(unit);
    this.points[unit] = cp;
    this.length = cp;
  }

  /** The UTF-16 index of a code point offset (clamped to the text). */
  unit(cp) {
    return this.units[Math.max(0, Math.min(cp, this.length))];
  }

  /** The code point offset of a UTF-16 index. */
  point(unit) {
    return this.points[Math.max(0, Math.min(unit, this.text.length))];
  }

  /** The text between two code point offsets, end exclusive. */
  slice(start, end) {
    return this.text.slice(this.unit(start), this.unit(end));
  }
}
