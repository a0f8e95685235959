// Letters a name on a residence card may need beyond a–z, offered by a long press on the base
// letter (é, ã, ñ, ç, ü; Vietnamese ơ ư ă â ê ô đ with the five tone marks). Capitals follow
// the shift key as plain letters do.

/** Accented forms per base letter, most used in names first. */
export const ACCENTS: Record<string, readonly string[]> = {
  a: ['á', 'à', 'â', 'ã', 'ä', 'å', 'ả', 'ạ', 'ă', 'ắ', 'ằ', 'ẳ', 'ẵ', 'ặ', 'ấ', 'ầ', 'ẩ', 'ẫ', 'ậ'],
  c: ['ç', 'č', 'ć'],
  d: ['đ'],
  e: ['é', 'è', 'ê', 'ë', 'ẽ', 'ẻ', 'ẹ', 'ế', 'ề', 'ể', 'ễ', 'ệ'],
  g: ['ğ'],
  i: ['í', 'ì', 'î', 'ï', 'ĩ', 'ỉ', 'ị', 'ı'],
  n: ['ñ', 'ń', 'ň'],
  o: ['ó', 'ò', 'ô', 'õ', 'ö', 'ø', 'ỏ', 'ọ', 'ố', 'ồ', 'ổ', 'ỗ', 'ộ', 'ơ', 'ớ', 'ờ', 'ở', 'ỡ', 'ợ'],
  s: ['ş', 'š', 'ß'],
  u: ['ú', 'ù', 'û', 'ü', 'ũ', 'ủ', 'ụ', 'ư', 'ứ', 'ừ', 'ử', 'ữ', 'ự'],
  y: ['ý', 'ỳ', 'ỹ', 'ỷ', 'ỵ', 'ÿ'],
  z: ['ž', 'ż'],
};

/** The accented forms of a key's letter in the case the keyboard types now. */
export function accentsOf(letter: string, upper: boolean): string[] {
  const forms = ACCENTS[letter.toLowerCase()] ?? [];
  // ß has no single capital a name would use: it is left out in capitals.
  return upper ? forms.filter((f) => f !== 'ß').map((f) => f.toUpperCase()) : [...forms];
}
